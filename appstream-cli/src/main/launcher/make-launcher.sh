#!/bin/sh
# Build step (package phase): puts the launcher next to appstream.jar and records a CDS archive of the classes
# a typical run loads. A JVM that cannot dump an archive leaves none, and the launcher runs without it.
target="$1"
launcher="$2"
cp "$launcher" "$target/appstream" && chmod 755 "$target/appstream" || exit 1
rm -f "$target/appstream.jsa"
java -XX:ArchiveClassesAtExit="$target/appstream.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$target/appstream.jar" \
  start-image-builder --name demo --generate-cli-skeleton output --output json >/dev/null 2>&1 \
  || rm -f "$target/appstream.jsa"
exit 0
