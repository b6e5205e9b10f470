
use builtin;
use str;

set edit:completion:arg-completer[mlo] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mlo'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mlo'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create an mlo repository in the current directory'
            cand status 'Summarise the repository: objects, records, runs, models, audit head'
            cand data 'Version datasets: add, status, checkout, diff, log, gc'
            cand run 'Track experiments: params, metrics, artifacts, lineage'
            cand model 'Model registry: versions, stages, aliases, gates, approvals'
            cand serve 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
            cand monitor 'Drift detection and data validation'
            cand ab 'A/B test analysis and planning'
            cand audit 'The tamper-evident audit trail'
            cand ci 'Generate CI pipelines and git hooks'
            cand config 'Read and write .mlops.toml and .mlo/config.local.toml'
            cand completions 'Print a shell completion script'
            cand index 'Maintain the SQLite index (.mlo/index.db)'
            cand fsck 'Check the repository''s integrity: re-hash every object and record, verify the audit chain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;init'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;status'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Track files or directories: hash them, store them, write PATH.mlo pointer files'
            cand status 'Compare the workspace and the store with the pointer files'
            cand checkout 'Make the workspace match the pointer files (or those at a git revision)'
            cand diff 'Show what changed between the workspace and a git revision, or two revisions'
            cand log 'List the versions of a dataset across git history'
            cand ls 'List tracked datasets, or the files of one'
            cand rm 'Stop tracking datasets (the data stays in the workspace)'
            cand unprotect 'Replace read-only links into the store with writable copies, to edit in place'
            cand verify 'Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones'
            cand gc 'Delete objects nothing needs (a dry run unless --yes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;data;add'= {
            cand --desc 'A description to put in the pointer file'
            cand --link 'How files enter the store (default: the `store.link` setting)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;status'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --check 'Exit 1 when anything differs (for hooks and CI)'
            cand --granular 'List the changed files inside directories and check every object'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;checkout'= {
            cand --rev 'Use the pointer files of this git revision'
            cand --link 'How files leave the store (default: the `store.link` setting)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Overwrite files that differ from the version being checked out'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;diff'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --md 'Print a Markdown table (for pull request comments)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;log'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;ls'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;rm'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;unprotect'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;verify'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;gc'= {
            cand --grace 'Never delete objects younger than this (e.g. 30m, 1h, 0s; default 1h)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --yes 'Delete (without it, only report what would be deleted)'
            cand --all-commits 'Also keep every version referenced by any git commit'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;data;help'= {
            cand add 'Track files or directories: hash them, store them, write PATH.mlo pointer files'
            cand status 'Compare the workspace and the store with the pointer files'
            cand checkout 'Make the workspace match the pointer files (or those at a git revision)'
            cand diff 'Show what changed between the workspace and a git revision, or two revisions'
            cand log 'List the versions of a dataset across git history'
            cand ls 'List tracked datasets, or the files of one'
            cand rm 'Stop tracking datasets (the data stays in the workspace)'
            cand unprotect 'Replace read-only links into the store with writable copies, to edit in place'
            cand verify 'Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones'
            cand gc 'Delete objects nothing needs (a dry run unless --yes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;data;help;add'= {
        }
        &'mlo;data;help;status'= {
        }
        &'mlo;data;help;checkout'= {
        }
        &'mlo;data;help;diff'= {
        }
        &'mlo;data;help;log'= {
        }
        &'mlo;data;help;ls'= {
        }
        &'mlo;data;help;rm'= {
        }
        &'mlo;data;help;unprotect'= {
        }
        &'mlo;data;help;verify'= {
        }
        &'mlo;data;help;gc'= {
        }
        &'mlo;data;help;help'= {
        }
        &'mlo;run'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;model'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;serve'= {
            cand --path 'Serve a model file (.onnx, or .safetensors with its .arch.toml); repeatable'
            cand --name 'Name to serve each --path under, in order (default: the file''s stem)'
            cand --arch 'Architecture file for a .safetensors --path (default: <stem>.arch.toml beside it)'
            cand --host 'Address to bind [default: serve.host, else 127.0.0.1]'
            cand --port 'Port to listen on; 0 picks a free one [default: serve.port, else 8080]'
            cand --threads 'Inference worker threads; each runs one model call at a time, single-threaded [default: serve.threads, else half the CPUs]'
            cand --io-threads 'Threads for HTTP I/O (the async reactor) [default: the number of CPUs]'
            cand --canary 'Send PERCENT of traffic to a canary: MODEL=PERCENT, MODEL a registry ref or a file'
            cand --shadow 'Mirror every request to a shadow model (registry ref or file); the client never waits'
            cand --route-header 'Header whose value keeps a client on one variant (hashed)'
            cand --rollback-error-rate 'Roll the canary back when its server-error rate over the window passes this fraction'
            cand --rollback-p99-ms 'Roll the canary back when its p99 latency over the window passes this many ms'
            cand --rollback-window 'Canary outcomes in the rollback window'
            cand --rollback-min-requests 'Canary outcomes needed before a rollback decision'
            cand --max-batch-size 'Batch up to this many rows per model call (1 = batching off)'
            cand --max-batch-delay-ms 'Longest a request waits for a batch to fill, in milliseconds'
            cand --token-file 'File holding the bearer token clients must send (or set MLO_SERVE_TOKEN)'
            cand --body-limit 'Largest request body in bytes (larger gets 413)'
            cand --timeout-ms 'Per-request timeout in milliseconds (slower gets 408)'
            cand --concurrency 'Most requests processed at once; more wait'
            cand --log-dir 'Directory for the prediction log [default: .mlo/predictions/ in a repository]'
            cand --log-sample-percent 'Percent of requests the prediction log records [default: serve.log_sample_percent]'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --auth 'Require the bearer token even on a loopback address'
            cand --no-log 'Do not write the prediction log'
            cand --watch 'Reload model files when they change on disk (SIGHUP always reloads)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;monitor'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;ab'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;audit'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand log 'List audit events, oldest first'
            cand show 'Show one event in full'
            cand verify 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;audit;log'= {
            cand --since 'Only events at or after this time (RFC 3339, or a duration back from now like 24h, 7d)'
            cand --until 'Only events before this time (RFC 3339, or a duration back from now)'
            cand --actor 'Only events by this actor id'
            cand --action 'Only actions matching this glob, e.g. `config.*`'
            cand --target 'Only events on this target (`id` or `type:id`)'
            cand --outcome 'Only events with this outcome'
            cand --limit 'Show at most N events (the newest N)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;audit;show'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;audit;verify'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;audit;help'= {
            cand log 'List audit events, oldest first'
            cand show 'Show one event in full'
            cand verify 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;audit;help;log'= {
        }
        &'mlo;audit;help;show'= {
        }
        &'mlo;audit;help;verify'= {
        }
        &'mlo;audit;help;help'= {
        }
        &'mlo;ci'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;config'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print the value in force for a key'
            cand set 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
            cand unset 'Remove a key from a config file'
            cand list 'List the keys set in the config files, with where each value comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;config;get'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --local 'Read only .mlo/config.local.toml'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;config;set'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --local 'Write .mlo/config.local.toml (this machine only) instead of .mlops.toml'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;config;unset'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --local 'Edit .mlo/config.local.toml instead of .mlops.toml'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;config;list'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --local 'List only .mlo/config.local.toml'
            cand --all 'List every key mlo understands, with its default and documentation'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;config;help'= {
            cand get 'Print the value in force for a key'
            cand set 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
            cand unset 'Remove a key from a config file'
            cand list 'List the keys set in the config files, with where each value comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;config;help;get'= {
        }
        &'mlo;config;help;set'= {
        }
        &'mlo;config;help;unset'= {
        }
        &'mlo;config;help;list'= {
        }
        &'mlo;config;help;help'= {
        }
        &'mlo;completions'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;index'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand rebuild 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;index;rebuild'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;index;help'= {
            cand rebuild 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;index;help;rebuild'= {
        }
        &'mlo;index;help;help'= {
        }
        &'mlo;fsck'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -q 'Print nothing on stderr but warnings and errors'
            cand --quiet 'Print nothing on stderr but warnings and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mlo;help'= {
            cand init 'Create an mlo repository in the current directory'
            cand status 'Summarise the repository: objects, records, runs, models, audit head'
            cand data 'Version datasets: add, status, checkout, diff, log, gc'
            cand run 'Track experiments: params, metrics, artifacts, lineage'
            cand model 'Model registry: versions, stages, aliases, gates, approvals'
            cand serve 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
            cand monitor 'Drift detection and data validation'
            cand ab 'A/B test analysis and planning'
            cand audit 'The tamper-evident audit trail'
            cand ci 'Generate CI pipelines and git hooks'
            cand config 'Read and write .mlops.toml and .mlo/config.local.toml'
            cand completions 'Print a shell completion script'
            cand index 'Maintain the SQLite index (.mlo/index.db)'
            cand fsck 'Check the repository''s integrity: re-hash every object and record, verify the audit chain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;help;init'= {
        }
        &'mlo;help;status'= {
        }
        &'mlo;help;data'= {
            cand add 'Track files or directories: hash them, store them, write PATH.mlo pointer files'
            cand status 'Compare the workspace and the store with the pointer files'
            cand checkout 'Make the workspace match the pointer files (or those at a git revision)'
            cand diff 'Show what changed between the workspace and a git revision, or two revisions'
            cand log 'List the versions of a dataset across git history'
            cand ls 'List tracked datasets, or the files of one'
            cand rm 'Stop tracking datasets (the data stays in the workspace)'
            cand unprotect 'Replace read-only links into the store with writable copies, to edit in place'
            cand verify 'Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones'
            cand gc 'Delete objects nothing needs (a dry run unless --yes)'
        }
        &'mlo;help;data;add'= {
        }
        &'mlo;help;data;status'= {
        }
        &'mlo;help;data;checkout'= {
        }
        &'mlo;help;data;diff'= {
        }
        &'mlo;help;data;log'= {
        }
        &'mlo;help;data;ls'= {
        }
        &'mlo;help;data;rm'= {
        }
        &'mlo;help;data;unprotect'= {
        }
        &'mlo;help;data;verify'= {
        }
        &'mlo;help;data;gc'= {
        }
        &'mlo;help;run'= {
        }
        &'mlo;help;model'= {
        }
        &'mlo;help;serve'= {
        }
        &'mlo;help;monitor'= {
        }
        &'mlo;help;ab'= {
        }
        &'mlo;help;audit'= {
            cand log 'List audit events, oldest first'
            cand show 'Show one event in full'
            cand verify 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
        }
        &'mlo;help;audit;log'= {
        }
        &'mlo;help;audit;show'= {
        }
        &'mlo;help;audit;verify'= {
        }
        &'mlo;help;ci'= {
        }
        &'mlo;help;config'= {
            cand get 'Print the value in force for a key'
            cand set 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
            cand unset 'Remove a key from a config file'
            cand list 'List the keys set in the config files, with where each value comes from'
        }
        &'mlo;help;config;get'= {
        }
        &'mlo;help;config;set'= {
        }
        &'mlo;help;config;unset'= {
        }
        &'mlo;help;config;list'= {
        }
        &'mlo;help;completions'= {
        }
        &'mlo;help;index'= {
            cand rebuild 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
        }
        &'mlo;help;index;rebuild'= {
        }
        &'mlo;help;fsck'= {
        }
        &'mlo;help;help'= {
        }
    ]
    $completions[$command]
}
