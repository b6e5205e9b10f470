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
complete -c mlo -n "__fish_mlo_needs_command" -f -a "serve" -d 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
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
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "add" -d 'Track files or directories: hash them, store them, write PATH.mlo pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "status" -d 'Compare the workspace and the store with the pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "checkout" -d 'Make the workspace match the pointer files (or those at a git revision)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "diff" -d 'Show what changed between the workspace and a git revision, or two revisions'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "log" -d 'List the versions of a dataset across git history'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "ls" -d 'List tracked datasets, or the files of one'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "rm" -d 'Stop tracking datasets (the data stays in the workspace)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "unprotect" -d 'Replace read-only links into the store with writable copies, to edit in place'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "verify" -d 'Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "gc" -d 'Delete objects nothing needs (a dry run unless --yes)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -l desc -d 'A description to put in the pointer file' -r
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -l link -d 'How files enter the store (default: the `store.link` setting)' -r -f -a "auto\t'Reflink where the filesystem can, else hard link, else copy'
reflink\t'Copy-on-write clone only (fails where unsupported)'
hardlink\t'Hard link (the source becomes the read-only object), falling back to copy across filesystems'
copy\t'Always copy'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -l check -d 'Exit 1 when anything differs (for hooks and CI)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -l granular -d 'List the changed files inside directories and check every object'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -l rev -d 'Use the pointer files of this git revision' -r
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -l link -d 'How files leave the store (default: the `store.link` setting)' -r -f -a "auto\t'Reflink where the filesystem can, else hard link, else copy'
reflink\t'Copy-on-write clone only (fails where unsupported)'
hardlink\t'Hard link (the source becomes the read-only object), falling back to copy across filesystems'
copy\t'Always copy'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -l force -d 'Overwrite files that differ from the version being checked out'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from checkout" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -l md -d 'Print a Markdown table (for pull request comments)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from log" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from log" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from ls" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from ls" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from rm" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from rm" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from unprotect" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from unprotect" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from unprotect" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from unprotect" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from unprotect" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from unprotect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from unprotect" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from verify" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from verify" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -l grace -d 'Never delete objects younger than this (e.g. 30m, 1h, 0s; default 1h)' -r
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -l yes -d 'Delete (without it, only report what would be deleted)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -l all-commits -d 'Also keep every version referenced by any git commit'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from gc" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "add" -d 'Track files or directories: hash them, store them, write PATH.mlo pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "status" -d 'Compare the workspace and the store with the pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "checkout" -d 'Make the workspace match the pointer files (or those at a git revision)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what changed between the workspace and a git revision, or two revisions'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "log" -d 'List the versions of a dataset across git history'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List tracked datasets, or the files of one'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Stop tracking datasets (the data stays in the workspace)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "unprotect" -d 'Replace read-only links into the store with writable copies, to edit in place'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "gc" -d 'Delete objects nothing needs (a dry run unless --yes)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand run" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand run" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand run" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand run" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand run" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand run" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l path -d 'Serve a model file (.onnx, or .safetensors with its .arch.toml); repeatable' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l name -d 'Name to serve each --path under, in order (default: the file\'s stem)' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l arch -d 'Architecture file for a .safetensors --path (default: <stem>.arch.toml beside it)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l host -d 'Address to bind [default: serve.host, else 127.0.0.1]' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l port -d 'Port to listen on; 0 picks a free one [default: serve.port, else 8080]' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l threads -d 'Inference worker threads; each runs one model call at a time, single-threaded [default: serve.threads, else half the CPUs]' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l io-threads -d 'Threads for HTTP I/O (the async reactor) [default: the number of CPUs]' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l canary -d 'Send PERCENT of traffic to a canary: MODEL=PERCENT, MODEL a registry ref or a file' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l shadow -d 'Mirror every request to a shadow model (registry ref or file); the client never waits' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l route-header -d 'Header whose value keeps a client on one variant (hashed)' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l rollback-error-rate -d 'Roll the canary back when its server-error rate over the window passes this fraction' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l rollback-p99-ms -d 'Roll the canary back when its p99 latency over the window passes this many ms' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l rollback-window -d 'Canary outcomes in the rollback window' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l rollback-min-requests -d 'Canary outcomes needed before a rollback decision' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l max-batch-size -d 'Batch up to this many rows per model call (1 = batching off)' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l max-batch-delay-ms -d 'Longest a request waits for a batch to fill, in milliseconds' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l token-file -d 'File holding the bearer token clients must send (or set MLO_SERVE_TOKEN)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l body-limit -d 'Largest request body in bytes (larger gets 413)' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l timeout-ms -d 'Per-request timeout in milliseconds (slower gets 408)' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l concurrency -d 'Most requests processed at once; more wait' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l log-dir -d 'Directory for the prediction log [default: .mlo/predictions/ in a repository]' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l log-sample-percent -d 'Percent of requests the prediction log records [default: serve.log_sample_percent]' -r
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l auth -d 'Require the bearer token even on a loopback address'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l no-log -d 'Do not write the prediction log'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l watch -d 'Reload model files when they change on disk (SIGHUP always reloads)'
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
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "serve" -d 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "monitor" -d 'Drift detection and data validation'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "ab" -d 'A/B test analysis and planning'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "audit" -d 'The tamper-evident audit trail'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "ci" -d 'Generate CI pipelines and git hooks'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "config" -d 'Read and write .mlops.toml and .mlo/config.local.toml'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "completions" -d 'Print a shell completion script'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "index" -d 'Maintain the SQLite index (.mlo/index.db)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "fsck" -d 'Check the repository\'s integrity: re-hash every object and record, verify the audit chain'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data run model serve monitor ab audit ci config completions index fsck help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "add" -d 'Track files or directories: hash them, store them, write PATH.mlo pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "status" -d 'Compare the workspace and the store with the pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "checkout" -d 'Make the workspace match the pointer files (or those at a git revision)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "diff" -d 'Show what changed between the workspace and a git revision, or two revisions'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "log" -d 'List the versions of a dataset across git history'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "ls" -d 'List tracked datasets, or the files of one'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "rm" -d 'Stop tracking datasets (the data stays in the workspace)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "unprotect" -d 'Replace read-only links into the store with writable copies, to edit in place'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "verify" -d 'Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "gc" -d 'Delete objects nothing needs (a dry run unless --yes)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the value in force for a key'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from a config file'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the keys set in the config files, with where each value comes from'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "rebuild" -d 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
