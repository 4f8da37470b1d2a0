#!/bin/bash
# Runs java.util corpus programs on JDK 25 against our java.util (renamed to package myu, on top of
# the real JDK) and diffs with the real java.util. Usage: check-classlib-on-jdk.sh <Prog.java>...
set -u
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
R=/tmp/myu; rm -rf $R; mkdir -p $R/src/myu $R/cls $R/tsrc $R/tcls $R/ref
for f in /work/main/classlib/src/main/java/java/util/*.java; do
  sed -e 's/java\.util\.function/JUF__/g' -e 's/java\.util\./myu./g' -e 's/package java\.util;/package myu;/' -e 's/JUF__/java.util.function/g' "$f" > $R/src/myu/$(basename $f)
done
sed -i 's/myos\.rt\.Heap\.allocArray(\(.*\), length)/java.lang.reflect.Array.newInstance((\1).getComponentType(), length)/' $R/src/myu/ArraysSupport.java
sed -i 's/^public interface Iterator<E> {/public interface Iterator<E> extends java.util.Iterator<E> {/' $R/src/myu/Iterator.java
cat > $R/src/myu/Iterable.java <<'EOT'
package myu;
public interface Iterable<T> extends java.lang.Iterable<T> {
    Iterator<T> iterator();
}
EOT
$J/javac -nowarn -d $R/cls $(find $R/src -name '*.java') 2>&1 | grep -v '^Note' | head -30
for p in "$@"; do
  n=$(basename $p .java)
  mkdir -p $R/ref/$n $R/t/$n
  $J/javac -d $R/ref/$n $p 2>&1 | head -5
  sed -e 's/java\.util\.function/JUF__/g' -e 's/import java\.util\.\*;/import myu.*;/' -e 's/java\.util\./myu./g' -e 's/JUF__/java.util.function/g' $p > $R/t/$n/$n.java
  $J/javac -nowarn -cp $R/cls -d $R/t/$n $R/t/$n/$n.java 2>&1 | grep -v '^Note' | head -10
  cls=corpus.util.$n
  in=/dev/null; [ -f "${p%.java}.stdin" ] && in="${p%.java}.stdin"
  $J/java -XX:-ShowCodeDetailsInExceptionMessages -cp $R/ref/$n $cls < $in > $R/ref/$n.out 2>&1; echo "exit $?" >> $R/ref/$n.out
  $J/java -XX:-ShowCodeDetailsInExceptionMessages -cp $R/cls:$R/t/$n $cls < $in 2>&1 | sed 's/myu\./java.util./g' > $R/t/$n.out; echo "exit ${PIPESTATUS[0]}" >> $R/t/$n.out
  if diff $R/ref/$n.out $R/t/$n.out > $R/t/$n.diff; then echo "PASS $n"; else echo "FAIL $n"; head -20 $R/t/$n.diff; fi
done
