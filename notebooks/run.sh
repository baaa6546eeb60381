#!/usr/bin/env bash
# Reruns the notebooks: executes each notebooks/*.ipynb headless with a project-local Java kernel and
# writes the outputs (tables, numbers, charts as PNG) back into the notebook. Fails on the first cell
# error, leaving that notebook untouched.
#
#   notebooks/run.sh                    execute every notebook, in place
#   notebooks/run.sh 02-mandate-timing.ipynb ...   execute only these
#   notebooks/run.sh --open [ARGS]      start Jupyter Notebook on notebooks/ with the kernel installed
#                                       (ARGS go to it, e.g. --no-browser --port=8899)
#   notebooks/run.sh --env              set everything up, then print the exports that let any
#                                       Jupyter (e.g. your own JupyterLab) find the kernel
#
# What it sets up, each step skipped when already done:
#   1. Jupyter from Debian's packages (jupyter-nbconvert, python3-nbclient, python3-jupyter-client,
#      jupyter-core) and fonts for chart text; installed with apt-get when missing and running as
#      root, otherwise it prints the command and stops. A JDK 17+ (java, javac) must be on PATH.
#   2. sim-core built with the Maven wrapper, and its runtime classpath.
#   3. notebooks/pom.xml: the kernel jar (rapaio-jupyter-kernel, from Maven Central) and the
#      Tablesaw/XChart classpath, into notebooks/.kernel/ (git-ignored).
#   4. A kernel spec "adoptsim-java" under notebooks/.kernel/share/jupyter: the kernel with the start-up
#      fix of kernel-fix/ ahead of its jar, and RJK_CLASSPATH holding sim-core, Tablesaw and XChart.
#      JUPYTER_PATH, JUPYTER_DATA_DIR and JUPYTER_RUNTIME_DIR (and, for batch runs, JUPYTER_CONFIG_DIR)
#      point into notebooks/.kernel, so nothing is written under $HOME.
set -euo pipefail

NB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$NB_DIR")"
KDIR="$NB_DIR/.kernel"
KERNEL_NAME=adoptsim-java
APT_PACKAGES=(jupyter-nbconvert python3-nbclient python3-jupyter-client jupyter-core)
FONT_PACKAGES=(fontconfig fonts-dejavu-core)
# Kernel start-up is known to hang: rapaio-jupyter-kernel 3.0.1 has two start-up races that leave a
# channel dead (see kernel-fix/…/LoopThread.java, which fixes both and is put ahead of the kernel jar).
# As a guard against anything else that keeps a kernel from answering, each notebook still gets a
# bounded number of attempts, each with a start-up timeout and a wall-clock limit, and no attempt starts
# once the whole run has used its budget. A genuine cell error is never retried. (Each notebook takes
# well under a minute on two cores.)
ATTEMPTS=${NB_ATTEMPTS:-3}
STARTUP_TIMEOUT=${NB_STARTUP_TIMEOUT:-20}
CELL_TIMEOUT=${NB_CELL_TIMEOUT:-240}
NOTEBOOK_TIMEOUT=${NB_TIMEOUT:-300}
BUDGET=${NB_BUDGET:-900}

say() { printf '[notebooks] %s\n' "$*" >&2; }
die() { printf '[notebooks] error: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

find_python() {
    local py
    for py in "${PYTHON:-}" /usr/bin/python3 python3; do
        [[ -n "$py" ]] || continue
        if command -v "$py" >/dev/null 2>&1 \
            && "$py" -c 'import nbconvert, nbclient, jupyter_client' >/dev/null 2>&1; then
            command -v "$py"
            return 0
        fi
    done
    return 1
}

have_fonts() {
    [[ -n "$(find /usr/share/fonts /usr/local/share/fonts -type f \( -name '*.ttf' -o -name '*.otf' \) \
        -print -quit 2>/dev/null)" ]]
}

apt_install() {
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        die "missing: $*. Install them with: sudo apt-get install --no-install-recommends $*"
    fi
    say "installing with apt-get: $*"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

check_java() {
    command -v java >/dev/null 2>&1 || die "java not found: a JDK 17 or newer is needed"
    local v
    v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
    [[ "${v%%.*}" -ge 17 ]] 2>/dev/null || die "Java $v found; rapaio-jupyter-kernel needs Java 17 or newer"
}

ensure_system() {
    check_java
    local missing=()
    PY=$(find_python) || missing+=("${APT_PACKAGES[@]}")
    have_fonts || missing+=("${FONT_PACKAGES[@]}")
    if [[ ${#missing[@]} -gt 0 ]]; then
        apt_install "${missing[@]}"
        PY=$(find_python) || die "Jupyter still not importable by python3 after installing ${APT_PACKAGES[*]}"
    fi
}

build_classpath() {
    say "building sim-core"
    (cd "$ROOT" && ./mvnw -q -B package dependency:build-classpath -DskipTests -pl sim-core -am \
        -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime)
    say "fetching the kernel and the notebooks' libraries"
    (cd "$ROOT" && ./mvnw -q -B -f notebooks/pom.xml package)
    local core_jar="" jar
    for jar in "$ROOT"/sim-core/target/sim-core-*.jar; do
        [[ "$jar" == *-sources.jar || "$jar" == *-javadoc.jar ]] || core_jar="$jar"
    done
    KERNEL_JAR="$KDIR/lib/rapaio-jupyter-kernel.jar"
    [[ -f "$core_jar" && -f "$KERNEL_JAR" ]] || die "build did not produce the sim-core jar or the kernel jar"
    local fix="$NB_DIR/kernel-fix/org/rapaio/jupyter/kernel/channels/LoopThread.java"
    local fixed="$KDIR/patch/org/rapaio/jupyter/kernel/channels/LoopThread.class"
    if [[ ! -f "$fixed" || "$fix" -nt "$fixed" ]]; then
        command -v javac >/dev/null 2>&1 || die "javac not found: a JDK (not only a JRE) 17 or newer is needed"
        javac --release 17 -d "$KDIR/patch" "$fix"
    fi
    CLASSPATH_RJK=$(printf '%s:%s:%s' "$core_jar" "$(cat "$ROOT/sim-core/target/runtime.classpath")" \
        "$(cat "$KDIR/libs.classpath")" | tr ':' '\n' | grep -v '^$' | awk '!seen[$0]++' | paste -sd ';')
}

install_kernelspec() {
    local spec="$KDIR/share/jupyter/kernels/$KERNEL_NAME"
    mkdir -p "$spec" "$KDIR/data" "$KDIR/runtime" "$KDIR/config" "$KDIR/mima_cache"
    JAVA_BIN=$(command -v java) KERNEL_CP="$KDIR/patch:$KERNEL_JAR" RJK_CP="$CLASSPATH_RJK" MIMA="$KDIR/mima_cache" \
        "$PY" - "$spec/kernel.json" <<'EOF'
import json, os, sys
spec = {
    "argv": [os.environ["JAVA_BIN"], "-Djava.awt.headless=true", "-cp", os.environ["KERNEL_CP"],
             "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
    "display_name": "Java (adoptsim)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {"RJK_CLASSPATH": os.environ["RJK_CP"], "RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "",
            "RJK_TIMEOUT_MILLIS": "-1", "RJK_MIMA_CACHE": os.environ["MIMA"]},
}
with open(sys.argv[1], "w") as f:
    json.dump(spec, f, indent=2)
EOF
    export JUPYTER_PATH="$KDIR/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
    export JUPYTER_DATA_DIR="$KDIR/data"
    export JUPYTER_RUNTIME_DIR="$KDIR/runtime"
}

execute_one() {
    local nb="$1" name out log attempt status
    name=$(basename "$nb")
    out="$KDIR/out"
    log="$KDIR/logs/${name%.ipynb}.log"
    mkdir -p "$out" "$KDIR/logs"
    : >"$log"
    for ((attempt = 1; attempt <= ATTEMPTS; attempt++)); do
        ((SECONDS - RUN_START < BUDGET)) || die "$name: the run's budget of $BUDGET s is spent (log: ${log#"$ROOT"/})"
        rm -f "$out/$name"
        printf '=== attempt %d\n' "$attempt" >>"$log"
        local t0=$SECONDS
        set +e
        timeout --kill-after=15 "$NOTEBOOK_TIMEOUT" "$PY" -m nbconvert --to notebook --execute \
            --ExecutePreprocessor.kernel_name="$KERNEL_NAME" \
            --ExecutePreprocessor.timeout="$CELL_TIMEOUT" \
            --ExecutePreprocessor.startup_timeout="$STARTUP_TIMEOUT" \
            --ExecutePreprocessor.record_timing=False \
            --output-dir="$out" --output "$name" "$nb" >>"$log" 2>&1
        status=$?
        set -e
        if [[ $status -eq 0 && -s "$out/$name" ]]; then
            mv "$out/$name" "$nb"
            say "$name: done in $((SECONDS - t0)) s"
            return 0
        fi
        if grep -q 'CellExecutionError' "$log"; then
            tail -n 40 "$log" >&2
            die "$name: a cell failed (full log: ${log#"$ROOT"/})"
        fi
        say "$name: attempt $attempt of $ATTEMPTS failed after $((SECONDS - t0)) s (exit $status): $(sed -n "/^=== attempt $attempt\$/,\$p" "$log" | grep -m1 -E 'Error|rror:' || tail -n 1 "$log")"
    done
    tail -n 40 "$log" >&2
    die "$name: no successful run in $ATTEMPTS attempts (full log: ${log#"$ROOT"/})"
}

print_env() {
    printf 'export JUPYTER_PATH=%q\n' "$JUPYTER_PATH"
    printf 'export JUPYTER_DATA_DIR=%q\n' "$JUPYTER_DATA_DIR"
    printf 'export JUPYTER_RUNTIME_DIR=%q\n' "$JUPYTER_RUNTIME_DIR"
}

main() {
    local mode=execute notebooks=() open_args=()
    while [[ $# -gt 0 ]]; do
        case "$1" in
            -h|--help) usage; exit 0 ;;
            --open) mode="open"; shift; open_args=("$@"); break ;;
            --env) mode="env" ;;
            -*) die "unknown option $1 (see --help)" ;;
            *)
                if [[ -f "$1" ]]; then
                    notebooks+=("$(realpath "$1")")
                elif [[ -f "$NB_DIR/$1" ]]; then
                    notebooks+=("$NB_DIR/$1")
                else
                    die "no such notebook: $1"
                fi ;;
        esac
        shift
    done
    local t0=$SECONDS
    RUN_START=$SECONDS
    ensure_system
    build_classpath
    install_kernelspec
    case "$mode" in
        env) print_env; return 0 ;;
        open)
            if ! "$PY" -c 'import notebook' >/dev/null 2>&1; then
                apt_install jupyter-notebook
            fi
            cd "$NB_DIR" && exec "$PY" -m notebook --notebook-dir="$NB_DIR" "${open_args[@]}" ;;
    esac
    export JUPYTER_CONFIG_DIR="$KDIR/config"
    if [[ ${#notebooks[@]} -eq 0 ]]; then
        notebooks=("$NB_DIR"/*.ipynb)
    fi
    [[ -f "${notebooks[0]}" ]] || die "no notebooks in $NB_DIR"
    say "set-up took $((SECONDS - t0)) s"
    for nb in "${notebooks[@]}"; do
        execute_one "$nb"
    done
    say "all ${#notebooks[@]} notebook(s) executed in $((SECONDS - t0)) s"
}

main "$@"
