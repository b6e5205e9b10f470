# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mlo_global_optspecs
    string join \n C= json q/quiet v/verbose color= h/help V/version
end

function __fish_mlo_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mlo_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mlo_using_subcommand
    set -l cmd (__fish_mlo_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mlo -n "__fish_mlo_needs_command" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_needs_command" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_needs_command" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_needs_command" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_needs_command" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "init" -d 'Create an mlo repository in the current directory'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "status" -d 'Summarise the repository: objects, records, runs, models, audit head'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "data" -d 'Version datasets: add, status, checkout, diff, log, gc'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "run" -d 'Track experiments: params, metrics, artifacts, lineage'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "model" -d 'Model registry: versions, stages, aliases, gates, approvals'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "serve" -d 'Serve a registered model over HTTP (Open Inference Protocol)'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "monitor" -d 'Drift detection and data validation'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "ab" -d 'A/B test analysis and planning'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "audit" -d 'The tamper-evident audit trail'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "ci" -d 'Generate CI pipelines and git hooks'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "config" -d 'Read and write .mlops.toml and .mlo/config.local.toml'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "index" -d 'Maintain the SQLite index (.mlo/index.db)'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "fsck" -d 'Check the repository\'s integrity: re-hash every object and record, verify the audit chain'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand init" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand init" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand init" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand init" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand init" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand init" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand status" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand status" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand status" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand status" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand status" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "start" -d 'Start a run, make it the active run, and print its id'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "log" -d 'Log params, metrics, tags and artifacts to a run'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "exec" -d 'Run a command as a run: MLO_RUN_ID set for it, output captured, status from its exit'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "end" -d 'End a run (the active one, or --run) and write its record'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "list" -d 'List runs, newest first, with MLflow-style filters'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "show" -d 'Show one run: attributes, params, metric summaries, tags, artifacts, source'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "compare" -d 'Compare runs side by side: params and metrics, with deltas against the first'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "delete" -d 'Mark an ended run deleted (hidden from `list`; kept in the store)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "restore" -d 'Restore a deleted run'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "plot" -d 'Plot a metric of one or more runs (a terminal chart, or --out FILE.svg|FILE.png)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "export" -d 'Mirror runs to an MLflow tracking server (resumable; sends only what is new)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and not __fish_seen_subcommand_from start log exec end list show compare delete restore plot export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -l name -d 'The run\'s name (default: `run-` and the id\'s first 8 characters)' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -l experiment -d 'The experiment the run belongs to' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -l param -d 'Set a param: KEY=VALUE (numbers, true/false and text are told apart); repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -l tag -d 'Set a tag: KEY=VALUE; repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l run -d 'The run (id or unique prefix; default: MLO_RUN_ID, else the active run)' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l param -d 'Set a param: KEY=VALUE; params cannot change once set; repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l metric -d 'Append a metric point: KEY=NUMBER; repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l step -d 'The step of the --metric points (default: one past the key\'s highest step, 0 at first)' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l tag -d 'Set a tag: KEY=VALUE; repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l artifact -d 'Store a file in the object store as an artifact of the run; repeatable' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l from -d 'Import a DVC-style file: metrics.json (metrics at step 0) or params.yaml (params); force the kind with `metrics:FILE` or `params:FILE`; repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l stdin -d 'Read JSON Lines ({"metric":"loss","value":0.3,"step":1}, {"param":..}, {"tag":..}) and `key=value [step=N]` lines from stdin until EOF'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l strict -d 'With --stdin: stop at the first malformed line (exit 2) instead of skipping it'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -l name -d 'The run\'s name' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -l experiment -d 'The experiment the run belongs to' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -l param -d 'Set a param: KEY=VALUE; repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -l tag -d 'Set a tag: KEY=VALUE; repeatable' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from exec" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -l run -d 'The run (default: MLO_RUN_ID, else the active run)' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -l status -d 'How the run ended' -r -f -a "running\t'Started and not ended (or its process crashed; `mlo run end` can end it later)'
finished\t'Ended normally'
failed\t'Ended with a failure (a non-zero exit under `mlo run exec`)'
killed\t'Interrupted (Ctrl-C or a signal under `mlo run exec`)'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -l experiment -d 'Only runs of this experiment' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -l filter -d 'A filter: `metrics.rmse < 1 and params.model = \'x\'`; also `or`, parentheses, `in (...)`, `not in`, `like`, `ilike`, `is [not] null`, `tags.k`, `attributes.status`, backticked names (`metrics.`val loss``). Metrics compare their last value; numeric params compare as numbers' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -l sort -d 'Sort by a key, e.g. `metrics.rmse`, `params.lr desc`, `-start_time` (default: newest first)' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N runs' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -l deleted -d 'List deleted runs instead'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from show" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -l only-changed -d 'Only rows whose values differ'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from compare" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from delete" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from restore" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from restore" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -l metric -d 'The metric to plot' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -l out -d 'Write the chart to FILE.svg or FILE.png instead of drawing it in the terminal' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from plot" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -l mlflow -d 'The MLflow tracking server, e.g. http://127.0.0.1:5000' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -l experiment -d 'Put the runs in this MLflow experiment (default: each run\'s own experiment)' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -l run -d 'Only these runs (default: every run that is not deleted)' -r
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a run, make it the active run, and print its id'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log params, metrics, tags and artifacts to a run'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command as a run: MLO_RUN_ID set for it, output captured, status from its exit'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a run (the active one, or --run) and write its record'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "list" -d 'List runs, newest first, with MLflow-style filters'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one run: attributes, params, metric summaries, tags, artifacts, source'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "compare" -d 'Compare runs side by side: params and metrics, with deltas against the first'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Mark an ended run deleted (hidden from `list`; kept in the store)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a deleted run'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "plot" -d 'Plot a metric of one or more runs (a terminal chart, or --out FILE.svg|FILE.png)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "export" -d 'Mirror runs to an MLflow tracking server (resumable; sends only what is new)'
complete -c mlo -n "__fish_mlo_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand monitor" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand monitor" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand monitor" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand monitor" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand ab" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ab" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand ab" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand ab" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand ab" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand ab" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand ab" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -f -a "verify" -d 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Only events at or after this time (RFC 3339, or a duration back from now like 24h, 7d)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l until -d 'Only events before this time (RFC 3339, or a duration back from now)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l actor -d 'Only events by this actor id' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l action -d 'Only actions matching this glob, e.g. `config.*`' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l target -d 'Only events on this target (`id` or `type:id`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l outcome -d 'Only events with this outcome' -r -f -a "success\t'The change was made'
failure\t'The change was attempted and failed'
denied\t'The change was refused (a gate, a missing approval, a policy)'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l limit -d 'Show at most N events (the newest N)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from show" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand ci" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ci" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand ci" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand ci" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand ci" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand ci" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand ci" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "get" -d 'Print the value in force for a key'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "set" -d 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "unset" -d 'Remove a key from a config file'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "list" -d 'List the keys set in the config files, with where each value comes from'
complete -c mlo -n "__fish_mlo_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -l local -d 'Read only .mlo/config.local.toml'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -l local -d 'Write .mlo/config.local.toml (this machine only) instead of .mlops.toml'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -l local -d 'Edit .mlo/config.local.toml instead of .mlops.toml'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -l local -d 'List only .mlo/config.local.toml'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -l all -d 'List every key mlo understands, with its default and documentation'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the value in force for a key'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from a config file'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the keys set in the config files, with where each value comes from'
complete -c mlo -n "__fish_mlo_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand completions" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand completions" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand completions" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -f -a "rebuild" -d 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
complete -c mlo -n "__fish_mlo_using_subcommand index; and not __fish_seen_subcommand_from rebuild help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from rebuild" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from rebuild" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from rebuild" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from rebuild" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from rebuild" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from rebuild" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from rebuild" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "rebuild" -d 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
complete -c mlo -n "__fish_mlo_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand fsck" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand fsck" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand fsck" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand fsck" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand fsck" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand fsck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand fsck" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "init" -d 'Create an mlo repository in the current directory'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "status" -d 'Summarise the repository: objects, records, runs, models, audit head'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "data" -d 'Version datasets: add, status, checkout, diff, log, gc'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "run" -d 'Track experiments: params, metrics, artifacts, lineage'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "model" -d 'Model registry: versions, stages, aliases, gates, approvals'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "serve" -d 'Serve a registered model over HTTP (Open Inference Protocol)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "monitor" -d 'Drift detection and data validation'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "ab" -d 'A/B test analysis and planning'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "audit" -d 'The tamper-evident audit trail'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "ci" -d 'Generate CI pipelines and git hooks'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "config" -d 'Read and write .mlops.toml and .mlo/config.local.toml'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "completions" -d 'Print a shell completion script'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "index" -d 'Maintain the SQLite index (.mlo/index.db)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "fsck" -d 'Check the repository\'s integrity: re-hash every object and record, verify the audit chain'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "start" -d 'Start a run, make it the active run, and print its id'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "log" -d 'Log params, metrics, tags and artifacts to a run'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "exec" -d 'Run a command as a run: MLO_RUN_ID set for it, output captured, status from its exit'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "end" -d 'End a run (the active one, or --run) and write its record'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "list" -d 'List runs, newest first, with MLflow-style filters'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "show" -d 'Show one run: attributes, params, metric summaries, tags, artifacts, source'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "compare" -d 'Compare runs side by side: params and metrics, with deltas against the first'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "delete" -d 'Mark an ended run deleted (hidden from `list`; kept in the store)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "restore" -d 'Restore a deleted run'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "plot" -d 'Plot a metric of one or more runs (a terminal chart, or --out FILE.svg|FILE.png)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "export" -d 'Mirror runs to an MLflow tracking server (resumable; sends only what is new)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the value in force for a key'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from a config file'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the keys set in the config files, with where each value comes from'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "rebuild" -d 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
