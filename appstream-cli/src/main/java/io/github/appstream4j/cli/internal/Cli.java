package io.github.appstream4j.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** Builds the {@code appstream} command tree and runs it, mapping every failure to the AWS CLI's exit codes. */
public final class Cli {
    private final CliEnvironment env;
    private final CliContext context;
    private final CommandLine commandLine;

    private Cli(CliEnvironment env, String... args) {
        this.env = env;
        CommandSpec root = CommandSpec.wrapWithoutInspection((java.util.concurrent.Callable<Integer>) () -> {
            throw new CliException.Usage("the following arguments are required: command");
        });
        root.name("appstream");
        root.usageMessage().description("AWS AppStream 2.0 image builder commands, with waiting.");
        root.version(Version.line());
        root.addOption(OptionSpec.builder("--version").versionHelp(true).arity("0").type(boolean.class)
                .scopeType(ScopeType.INHERIT).description("Print the version and exit.").build());
        root.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class)
                .scopeType(ScopeType.INHERIT).description("Show this help and exit.").build());
        GlobalOptions options = GlobalOptions.addTo(root);
        this.context = new CliContext(env, options);
        this.commandLine = new CommandLine(root);
        Map<String, Supplier<CommandLine>> commands = new LinkedHashMap<>();
        commands.put(Operation.START.command, () -> new CommandLine(new ImageBuilderCommand(Operation.START, context).spec));
        commands.put(Operation.STOP.command, () -> new CommandLine(new ImageBuilderCommand(Operation.STOP, context).spec));
        commands.put(Operation.DESCRIBE.command, () -> new CommandLine(new DescribeCommand(context).spec));
        commands.put(Operation.CREATE.command, () -> new CommandLine(new OperationCommand(Operation.CREATE, context).spec));
        commands.put(Operation.DELETE.command, () -> new CommandLine(new OperationCommand(Operation.DELETE, context).spec));
        commands.put("wait", () -> WaitCommand.commandLine(context));
        commands.put("emulator", () -> new CommandLine(new EmulatorCommand(context).spec));
        // Only the command being run is built in full (its request shape, its options): startup stays lean.
        String invoked = invokedCommand(args, commands.keySet());
        commands.forEach((name, full) -> commandLine.addSubcommand(invoked == null || invoked.equals(name)
                ? full.get() : placeholder(name)));
        commandLine.addSubcommand(helpCommand());
        // the AWS CLI takes --version anywhere: every command prints the same line
        versionEverywhere(commandLine, root.version()[0]);
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setParameterExceptionHandler((e, unmatched) -> ErrorReporter.usage(env.err(), e.getMessage()));
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> report(e, cl));
    }

    private static void versionEverywhere(CommandLine command, String version) {
        command.getCommandSpec().version(version);
        command.getSubcommands().values().forEach(sub -> versionEverywhere(sub, version));
    }

    /** The first argument naming a command, skipping the values of global options; null when there is none. */
    static String invokedCommand(String[] args, java.util.Set<String> commands) {
        java.util.Set<String> valued = GlobalOptions.valueOptions();
        for (int i = 0; i < args.length; i++) {
            if (commands.contains(args[i])) {
                return args[i];
            }
            if (valued.contains(args[i])) {
                i++;
            }
        }
        return null;
    }

    /** A command listed in the help of {@code appstream} but not built, because another one runs. */
    private static CommandLine placeholder(String name) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection((java.util.concurrent.Callable<Integer>) () -> {
            throw new CliException.Usage("argument command: '" + name + "' was not expected here");
        });
        spec.name(name);
        spec.usageMessage().description(DESCRIPTIONS.getOrDefault(name, ""));
        return new CommandLine(spec);
    }

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            Operation.START.command, Operation.START.description,
            Operation.STOP.command, Operation.STOP.description,
            Operation.DESCRIBE.command, Operation.DESCRIBE.description,
            Operation.CREATE.command, Operation.CREATE.description,
            Operation.DELETE.command, Operation.DELETE.description,
            "wait", "Wait until an image builder is RUNNING or STOPPED.",
            "emulator", "Run the AppStream emulator (awsJson 1.1 over HTTP on 127.0.0.1) in the foreground.");

    /** {@code help [command [subcommand]]}: the usage of the command named, or of {@code appstream}. */
    private CommandLine helpCommand() {
        CommandSpec help = CommandSpec.wrapWithoutInspection((java.util.concurrent.Callable<Integer>) () -> {
            CommandLine target = commandLine;
            java.util.List<String> names = commandLine.getSubcommands().get("help").getCommandSpec()
                    .positionalParameters().get(0).getValue();
            for (String name : names == null ? java.util.List.<String>of() : names) {
                CommandLine sub = target.getSubcommands().get(name);
                if (sub == null) {
                    throw new CliException.Usage("argument command: Invalid choice: '" + name + "'");
                }
                target = sub;
            }
            target.usage(target.getOut());
            return ExitCodes.OK;
        });
        help.name("help");
        help.usageMessage().description("Show the help of a command.");
        help.addPositional(CommandLine.Model.PositionalParamSpec.builder().arity("0..2").type(java.util.List.class)
                .auxiliaryTypes(String.class).paramLabel("<command>").build());
        return new CommandLine(help);
    }

    /** Runs the CLI with {@code args} in {@code env} and returns the exit code; never calls System.exit. */
    public static int run(CliEnvironment env, String... args) {
        Cli cli = new Cli(env, args);
        try {
            return cli.commandLine.execute(args);
        } finally {
            cli.context.close();
            env.out().flush();
            env.err().flush();
        }
    }

    private int report(Exception e, CommandLine command) {
        Object user = command.getCommandSpec().userObject();
        String operation = user instanceof OperationCommand ? ((OperationCommand) user).operation.name
                : "DescribeImageBuilders";
        return ErrorReporter.report(e, env.err(), operation, endpointForMessages(), context.debug());
    }

    private String endpointForMessages() {
        try {
            ClientSettings settings = context.settings();
            return settings.endpoint().map(u -> u.toString() + (u.getPath() == null || u.getPath().isEmpty() ? "/" : ""))
                    .orElse("https://appstream2." + settings.region().id() + ".amazonaws.com/");
        } catch (RuntimeException e) {
            return "<unknown endpoint>";
        }
    }
}
