#!/usr/bin/env bash
# SQL Server cannot run on these machines, so CI checks what can be checked without one: the SQL Server model builds, and
# `dotnet ef migrations script --idempotent` writes both contexts' scripts (artifacts/sqlserver/), which must create their
# tables and must not key or index an nvarchar(max)/varbinary(max) column (SQL Server refuses those). Run after the build
# of `dotnet test` (it uses --no-build). Exits non-zero, saying why, if a check fails.
set -uo pipefail
cd "$(dirname "$0")/.."

out=artifacts/sqlserver
mkdir -p "$out"
dotnet tool restore >/dev/null || { echo "sqlserver: dotnet tool restore failed"; exit 1; }

script() { # context project file
  dotnet ef migrations script --idempotent --no-build --context "$1" --project "$2" --output "$out/$3" -- --provider SqlServer >"$out/$3.log" 2>&1 \
    || { echo "sqlserver: the $1 script could not be made (see $out/$3.log)"; return 1; }
}

# Prints every keyed or indexed column whose type is unbounded, as table.column type.
unbounded_keys() {
  awk '
    /CREATE TABLE \[/ { match($0, /\[[^]]+\]/); table = substr($0, RSTART + 1, RLENGTH - 2); next }
    table != "" && /^ +\[[^]]+\] / { match($0, /\[[^]]+\]/); column = substr($0, RSTART + 1, RLENGTH - 2)
      rest = substr($0, RSTART + RLENGTH + 1); split(rest, words, " "); type[table "." column] = words[1] }
    table != "" && /PRIMARY KEY \(/ { keys(table, $0) }
    /^ *\);/ { table = "" }
    /CREATE (UNIQUE )?INDEX \[/ { match($0, / ON \[[^]]+\]/); t = substr($0, RSTART + 5, RLENGTH - 6); keys(t, substr($0, RSTART + RLENGTH)) }
    function keys(t, text,   inner, n, parts, i, c) {
      inner = text; sub(/^[^(]*\(/, "", inner); sub(/\).*$/, "", inner)
      n = split(inner, parts, ",")
      for (i = 1; i <= n; i++) { c = parts[i]; gsub(/[][ ]/, "", c); if (type[t "." c] ~ /max\)/) print t "." c " " type[t "." c] }
    }
  ' "$1"
}

check() { # file expected-tables
  local file=$out/$1 tables bad
  [ -s "$file" ] || { echo "sqlserver: $file is empty"; return 1; }
  tables=$(grep -c 'CREATE TABLE \[' "$file")
  [ "$tables" -ge "$2" ] || { echo "sqlserver: $file creates $tables tables, expected at least $2"; return 1; }
  bad=$(unbounded_keys "$file")
  [ -z "$bad" ] || { echo "sqlserver: $file keys or indexes unbounded columns: $bad"; return 1; }
  echo "sqlserver: $file: $tables tables, $(grep -c 'CREATE \(UNIQUE \)\?INDEX' "$file") indexes, no unbounded key"
}

script HallDbContext src/WorkflowHall.Data hall.sql && check hall.sql 33 || exit 1
script AccountsDbContext src/WorkflowHall.Web accounts.sql && check accounts.sql 8 || exit 1
