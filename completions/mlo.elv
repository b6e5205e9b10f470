
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
            cand serve 'Serve a registered model over HTTP (Open Inference Protocol)'
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
            cand start 'Start a run, make it the active run, and print its id'
            cand log 'Log params, metrics, tags and artifacts to a run'
            cand exec 'Run a command as a run: MLO_RUN_ID set for it, output captured, status from its exit'
            cand end 'End a run (the active one, or --run) and write its record'
            cand list 'List runs, newest first, with MLflow-style filters'
            cand show 'Show one run: attributes, params, metric summaries, tags, artifacts, source'
            cand compare 'Compare runs side by side: params and metrics, with deltas against the first'
            cand delete 'Mark an ended run deleted (hidden from `list`; kept in the store)'
            cand restore 'Restore a deleted run'
            cand plot 'Plot a metric of one or more runs (a terminal chart, or --out FILE.svg|FILE.png)'
            cand export 'Mirror runs to an MLflow tracking server (resumable; sends only what is new)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;run;start'= {
            cand --name 'The run''s name (default: `run-` and the id''s first 8 characters)'
            cand --experiment 'The experiment the run belongs to'
            cand --param 'Set a param: KEY=VALUE (numbers, true/false and text are told apart); repeatable'
            cand --tag 'Set a tag: KEY=VALUE; repeatable'
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
        &'mlo;run;log'= {
            cand --run 'The run (id or unique prefix; default: MLO_RUN_ID, else the active run)'
            cand --param 'Set a param: KEY=VALUE; params cannot change once set; repeatable'
            cand --metric 'Append a metric point: KEY=NUMBER; repeatable'
            cand --step 'The step of the --metric points (default: one past the key''s highest step, 0 at first)'
            cand --tag 'Set a tag: KEY=VALUE; repeatable'
            cand --artifact 'Store a file in the object store as an artifact of the run; repeatable'
            cand --from 'Import a DVC-style file: metrics.json (metrics at step 0) or params.yaml (params); force the kind with `metrics:FILE` or `params:FILE`; repeatable'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --stdin 'Read JSON Lines ({"metric":"loss","value":0.3,"step":1}, {"param":..}, {"tag":..}) and `key=value [step=N]` lines from stdin until EOF'
            cand --strict 'With --stdin: stop at the first malformed line (exit 2) instead of skipping it'
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
        &'mlo;run;exec'= {
            cand --name 'The run''s name'
            cand --experiment 'The experiment the run belongs to'
            cand --param 'Set a param: KEY=VALUE; repeatable'
            cand --tag 'Set a tag: KEY=VALUE; repeatable'
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
        &'mlo;run;end'= {
            cand --run 'The run (default: MLO_RUN_ID, else the active run)'
            cand --status 'How the run ended'
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
        &'mlo;run;list'= {
            cand --experiment 'Only runs of this experiment'
            cand --filter 'A filter: `metrics.rmse < 1 and params.model = ''x''`; also `or`, parentheses, `in (...)`, `not in`, `like`, `ilike`, `is [not] null`, `tags.k`, `attributes.status`, backticked names (`metrics.`val loss``). Metrics compare their last value; numeric params compare as numbers'
            cand --sort 'Sort by a key, e.g. `metrics.rmse`, `params.lr desc`, `-start_time` (default: newest first)'
            cand --limit 'Show at most N runs'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --deleted 'List deleted runs instead'
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
        &'mlo;run;show'= {
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
        &'mlo;run;compare'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --only-changed 'Only rows whose values differ'
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
        &'mlo;run;delete'= {
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
        &'mlo;run;restore'= {
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
        &'mlo;run;plot'= {
            cand --metric 'The metric to plot'
            cand --out 'Write the chart to FILE.svg or FILE.png instead of drawing it in the terminal'
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
        &'mlo;run;export'= {
            cand --mlflow 'The MLflow tracking server, e.g. http://127.0.0.1:5000'
            cand --experiment 'Put the runs in this MLflow experiment (default: each run''s own experiment)'
            cand --run 'Only these runs (default: every run that is not deleted)'
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
        &'mlo;run;help'= {
            cand start 'Start a run, make it the active run, and print its id'
            cand log 'Log params, metrics, tags and artifacts to a run'
            cand exec 'Run a command as a run: MLO_RUN_ID set for it, output captured, status from its exit'
            cand end 'End a run (the active one, or --run) and write its record'
            cand list 'List runs, newest first, with MLflow-style filters'
            cand show 'Show one run: attributes, params, metric summaries, tags, artifacts, source'
            cand compare 'Compare runs side by side: params and metrics, with deltas against the first'
            cand delete 'Mark an ended run deleted (hidden from `list`; kept in the store)'
            cand restore 'Restore a deleted run'
            cand plot 'Plot a metric of one or more runs (a terminal chart, or --out FILE.svg|FILE.png)'
            cand export 'Mirror runs to an MLflow tracking server (resumable; sends only what is new)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;run;help;start'= {
        }
        &'mlo;run;help;log'= {
        }
        &'mlo;run;help;exec'= {
        }
        &'mlo;run;help;end'= {
        }
        &'mlo;run;help;list'= {
        }
        &'mlo;run;help;show'= {
        }
        &'mlo;run;help;compare'= {
        }
        &'mlo;run;help;delete'= {
        }
        &'mlo;run;help;restore'= {
        }
        &'mlo;run;help;plot'= {
        }
        &'mlo;run;help;export'= {
        }
        &'mlo;run;help;help'= {
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
            cand serve 'Serve a registered model over HTTP (Open Inference Protocol)'
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
        }
        &'mlo;help;run'= {
            cand start 'Start a run, make it the active run, and print its id'
            cand log 'Log params, metrics, tags and artifacts to a run'
            cand exec 'Run a command as a run: MLO_RUN_ID set for it, output captured, status from its exit'
            cand end 'End a run (the active one, or --run) and write its record'
            cand list 'List runs, newest first, with MLflow-style filters'
            cand show 'Show one run: attributes, params, metric summaries, tags, artifacts, source'
            cand compare 'Compare runs side by side: params and metrics, with deltas against the first'
            cand delete 'Mark an ended run deleted (hidden from `list`; kept in the store)'
            cand restore 'Restore a deleted run'
            cand plot 'Plot a metric of one or more runs (a terminal chart, or --out FILE.svg|FILE.png)'
            cand export 'Mirror runs to an MLflow tracking server (resumable; sends only what is new)'
        }
        &'mlo;help;run;start'= {
        }
        &'mlo;help;run;log'= {
        }
        &'mlo;help;run;exec'= {
        }
        &'mlo;help;run;end'= {
        }
        &'mlo;help;run;list'= {
        }
        &'mlo;help;run;show'= {
        }
        &'mlo;help;run;compare'= {
        }
        &'mlo;help;run;delete'= {
        }
        &'mlo;help;run;restore'= {
        }
        &'mlo;help;run;plot'= {
        }
        &'mlo;help;run;export'= {
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
