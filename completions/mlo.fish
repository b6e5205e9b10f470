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
complete -c mlo -n "__fish_mlo_needs_command" -f -a "remote" -d 'Manage remotes: add, list, set, remove, verify'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "push" -d 'Upload data, manifests and records the remote lacks'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "fetch" -d 'Download what the pointer files need, and new records, from a remote'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "pull" -d 'Fetch, then check the datasets out into the workspace'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "run" -d 'Track experiments: params, metrics, artifacts, lineage'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "model" -d 'Model registry: versions, stages, aliases, gates, approvals'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "serve" -d 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "monitor" -d 'Drift detection between datasets, and its history'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "ab" -d 'A/B test analysis and planning'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "audit" -d 'The tamper-evident audit trail'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "ci" -d 'Generate CI pipelines: GitHub Actions, GitLab CI, Jenkins, Azure Pipelines'
complete -c mlo -n "__fish_mlo_needs_command" -f -a "hooks" -d 'Install or remove the git hooks that keep data in step with commits'
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
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "add" -d 'Track files or directories: hash them, store them, write PATH.mlo pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "status" -d 'Compare the workspace and the store with the pointer files'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "checkout" -d 'Make the workspace match the pointer files (or those at a git revision)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "diff" -d 'Show what changed between the workspace and a git revision, or two revisions'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "log" -d 'List the versions of a dataset across git history'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "ls" -d 'List tracked datasets, or the files of one'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "rm" -d 'Stop tracking datasets (the data stays in the workspace)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "unprotect" -d 'Replace read-only links into the store with writable copies, to edit in place'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "verify" -d 'Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "gc" -d 'Delete objects nothing needs (a dry run unless --yes)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "validate" -d 'Check a table against a schema (exit 1 on violations), or print a starting schema with --infer'
complete -c mlo -n "__fish_mlo_using_subcommand data; and not __fish_seen_subcommand_from add status checkout diff log ls rm unprotect verify gc validate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from status" -l remote -d 'Show what is not pushed to a remote (default: `core.remote`) instead' -r
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
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -l schema -d 'The schema to check against (YAML; see docs/schema.md)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -l infer -d 'Print a starting schema inferred from the table instead of checking'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
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
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check a table against a schema (exit 1 on violations), or print a starting schema with --infer'
complete -c mlo -n "__fish_mlo_using_subcommand data; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -f -a "add" -d 'Add a remote to .mlops.toml'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -f -a "list" -d 'List the remotes and what this clone knows they hold'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -f -a "remove" -d 'Remove a remote from the config files'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -f -a "rm" -d 'Remove a remote from the config files'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -f -a "set" -d 'Change a remote\'s URL or options'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -f -a "verify" -d 'List the remote and repair what this clone believes it holds'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and not __fish_seen_subcommand_from add list remove rm set verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l endpoint -d 'S3-compatible server endpoint, e.g. http://127.0.0.1:9000' -r
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l region -d 'S3 region' -r
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l path-style -d 'Address S3 buckets path-style (endpoint/bucket): true or false' -r -f -a "true\t''
false\t''"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l allow-http -d 'Allow a plain-HTTP endpoint: true or false' -r -f -a "true\t''
false\t''"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l jobs -d 'Requests in flight during transfers' -r
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l default -d 'Make this the default remote (`core.remote`)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from list" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from remove" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from rm" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from rm" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l endpoint -d 'S3-compatible server endpoint, e.g. http://127.0.0.1:9000' -r
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l region -d 'S3 region' -r
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l path-style -d 'Address S3 buckets path-style (endpoint/bucket): true or false' -r -f -a "true\t''
false\t''"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l allow-http -d 'Allow a plain-HTTP endpoint: true or false' -r -f -a "true\t''
false\t''"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l jobs -d 'Requests in flight during transfers' -r
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l default -d 'Make this the default remote (`core.remote`)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -s r -l remote -d 'The remote (default: `core.remote`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a remote to .mlops.toml'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the remotes and what this clone knows they hold'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a remote from the config files'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a remote\'s URL or options'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "verify" -d 'List the remote and repair what this clone believes it holds'
complete -c mlo -n "__fish_mlo_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand push" -s r -l remote -d 'The remote (default: `core.remote`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand push" -s j -l jobs -d 'Requests in flight (default: `remote.NAME.jobs`, else 32)' -r
complete -c mlo -n "__fish_mlo_using_subcommand push" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand push" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand push" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand push" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand push" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand push" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -s r -l remote -d 'The remote (default: `core.remote`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -s j -l jobs -d 'Requests in flight (default: `remote.NAME.jobs`, else 32)' -r
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand fetch" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand pull" -s r -l remote -d 'The remote (default: `core.remote`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand pull" -s j -l jobs -d 'Requests in flight (default: `remote.NAME.jobs`, else 32)' -r
complete -c mlo -n "__fish_mlo_using_subcommand pull" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand pull" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand pull" -l force -d 'Overwrite modified workspace files'
complete -c mlo -n "__fish_mlo_using_subcommand pull" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand pull" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand pull" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand pull" -s V -l version -d 'Print version'
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
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "register" -d 'Store an artifact and create the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "list" -d 'List models with their latest, production and staging versions'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "show" -d 'Show a model, or one version in full'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "versions" -d 'List the versions of a model'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "promote" -d 'Move a version to a stage, through the configured gates'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "approve" -d 'Approve a version for a stage'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "reject" -d 'Reject a version for a stage (blocks its promotion until approved again)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "requests" -d 'List promotions waiting for approvals'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "rollback" -d 'Put the previous production version back (a gated promotion)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "alias" -d 'Set or remove aliases (NAME:alias)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "history" -d 'Who held which stage when'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "compare" -d 'Compare the metrics and params of two versions'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "lineage" -d 'Show where a version came from: run, git commit, data, artifact digests'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "get" -d 'Write a version\'s artifact to a path, verified against its digest'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "export" -d 'Write a digest-verified bundle (tar) of a version, or mirror to MLflow (--mlflow URL)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "import" -d 'Import a bundle as the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -l run -d 'Link the version to a finished run (its params, metrics, git commit and data versions)' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -l format -d 'Artifact format (default: from the extension: .onnx, .safetensors, else other)' -r -f -a "onnx\t''
safetensors\t''
other\t''"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -l metric -d 'A metric of this version, KEY=NUMBER (repeatable)' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -l tag -d 'A tag, KEY=VALUE (repeatable)' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -l description -d 'Free text' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from list" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from show" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from versions" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from versions" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from versions" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -l to -d 'Target stage' -r -f -a "none\t'Registered, not promoted'
staging\t'Being validated'
production\t'Serving users; at most one version per model'
archived\t'Retired (a promotion to production archives the previous holder)'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -l reason -d 'Why (recorded in the audit trail; required with --force)' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -l force -d 'Override failing gates (needs --reason; recorded)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -l dry-run -d 'Evaluate the gates and report; change nothing'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from promote" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -l to -d 'The stage the decision is for' -r -f -a "none\t'Registered, not promoted'
staging\t'Being validated'
production\t'Serving users; at most one version per model'
archived\t'Retired (a promotion to production archives the previous holder)'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -l comment -d 'A comment' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -l to -d 'The stage the decision is for' -r -f -a "none\t'Registered, not promoted'
staging\t'Being validated'
production\t'Serving users; at most one version per model'
archived\t'Retired (a promotion to production archives the previous holder)'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -l comment -d 'A comment' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from requests" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from requests" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from requests" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from requests" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from requests" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from requests" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from requests" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -l to -d 'The version to put back (default: the previous production version)' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -l reason -d 'Why' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -l force -d 'Override failing gates (needs --reason)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -f -a "set" -d 'Point NAME:ALIAS at a version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -f -a "rm" -d 'Remove NAME:ALIAS'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from alias" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -l stage -d 'Only changes into or out of this stage' -r -f -a "none\t'Registered, not promoted'
staging\t'Being validated'
production\t'Serving users; at most one version per model'
archived\t'Retired (a promotion to production archives the previous holder)'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -l at -d 'Who held each stage at this time (RFC 3339, a date, or a duration back such as 7d)' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from compare" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from compare" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from compare" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from compare" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from compare" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from compare" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from lineage" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from lineage" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from lineage" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from lineage" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from lineage" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from lineage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from lineage" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -l out -d 'Where to write it (a directory keeps the registered file name)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -l force -d 'Overwrite an existing file'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -l out -d 'The bundle file to write' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -l mlflow -d 'Mirror models, versions, stages and aliases to this MLflow model registry instead (e.g. http://127.0.0.1:5000); idempotent: only what the server lacks is sent' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -l name -d 'Register under this name instead of the exported one' -r
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "register" -d 'Store an artifact and create the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "list" -d 'List models with their latest, production and staging versions'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a model, or one version in full'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "versions" -d 'List the versions of a model'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "promote" -d 'Move a version to a stage, through the configured gates'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a version for a stage'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject a version for a stage (blocks its promotion until approved again)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "requests" -d 'List promotions waiting for approvals'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Put the previous production version back (a gated promotion)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "alias" -d 'Set or remove aliases (NAME:alias)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "history" -d 'Who held which stage when'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "compare" -d 'Compare the metrics and params of two versions'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "lineage" -d 'Show where a version came from: run, git commit, data, artifact digests'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "get" -d 'Write a version\'s artifact to a path, verified against its digest'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a digest-verified bundle (tar) of a version, or mirror to MLflow (--mlflow URL)'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a bundle as the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l watch -d 'Reload when a model file changes on disk or a registry reference moves to another version (a promotion, an alias, a new latest version); SIGHUP always reloads'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand serve" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -f -a "drift" -d 'Compare a current table with a reference, column by column; exit 1 on drift (--fail-on)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -f -a "history" -d 'List past drift checks, newest first'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -f -a "perf" -d 'Request count, error rate and latency from the prediction log of `mlo serve`'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and not __fish_seen_subcommand_from drift history perf help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l reference -d 'Reference data: FILE (.csv, .jsonl, .parquet), PATH@GIT_REV (a tracked dataset), or serve:NAME[@VERSION]' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l reference-profile -d 'Use a reference profile saved earlier with --save-profile instead of --reference' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l save-profile -d 'Save a compact profile of the reference to FILE, for later --reference-profile checks' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l current -d 'Current data: FILE (.csv, .jsonl, .parquet), PATH@GIT_REV, or serve:NAME[@VERSION] (the prediction log)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l columns -d 'Compare only these columns (comma-separated)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l exclude -d 'Leave these columns out (comma-separated)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l categorical -d 'Read these columns as categorical (comma-separated)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l numerical -d 'Read these columns as numerical (comma-separated)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l method -d 'Test or distance per column; auto picks as Evidently\'s defaults do' -r -f -a "auto\t'Evidently\'s default per column: KS / chi-square / Z up to 1000 reference rows, normed Wasserstein / Jensen–Shannon above'
ks\t'Two-sample Kolmogorov–Smirnov (numerical columns), p-value as scipy\'s `ks_2samp`'
wasserstein\t'Wasserstein-1 divided by the reference\'s population standard deviation (numerical)'
psi\t'Population Stability Index over Evidently\'s bins'
jensenshannon\t'Jensen–Shannon distance (natural log) over Evidently\'s bins'
chisquare\t'Chi-square: two-sample contingency test (goodness of fit with `--compat evidently`)'
z\t'Pooled two-proportion Z test (binary columns)'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l threshold -d 'Drift threshold for every column (default: 0.05 for p-values, 0.1 for distances)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l drift-share -d 'Share of drifted columns at which the dataset drifts (default: monitor.drift_share or 0.5)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l fail-on -d 'When to exit 1: dataset drift, any drifted column, or never' -r -f -a "dataset\t'Exit 1 when the dataset drifts (the drifted share reaches `--drift-share`)'
column\t'Exit 1 when any column drifts'
never\t'Always exit 0 after a completed check'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l compat -d 'Match another tool\'s choices where mlo deliberately differs (evidently: goodness-of-fit chi-square)' -r -f -a "evidently\t'Evidently 0.7\'s goodness-of-fit chi-square instead of the contingency test'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l html -d 'Also write a self-contained HTML report with histograms to FILE' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l webhook -d 'POST a JSON summary (with Slack-compatible `text`) to URL (default: monitor.alerts.webhook)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l since -d 'serve: inputs: requests from this time on (24h back from now, a date, or an RFC 3339 time)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l until -d 'serve: inputs: requests before this time (same forms as --since)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l variant -d 'serve: inputs: variants to read (repeatable; default primary and canary, never shadow)' -r -f -a "primary\t'The version that takes the traffic the canary does not'
canary\t'The canary version (`--canary`)'
shadow\t'The shadow version (`--shadow`): mirrored copies of requests already answered'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l features -d 'serve: inputs: names for the model\'s input columns, in input order (comma-separated)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l log-dir -d 'serve: inputs: the prediction log directory (default: .mlo/predictions of the repository)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l md -d 'Print a Markdown report (for CI comments) instead of the table'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l no-record -d 'Do not record this check in the repository (no record, no audit event)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from drift" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -l current -d 'Only checks whose current input was this' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -s n -l limit -d 'At most this many checks' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l since -d 'Requests from this time on (24h back from now, a date, or an RFC 3339 time)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l until -d 'Requests before this time (same forms as --since)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l window -d 'Length of each time window (30m, 1h, 1d)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l variant -d 'Variants to read (repeatable; default primary and canary)' -r -f -a "primary\t'The version that takes the traffic the canary does not'
canary\t'The canary version (`--canary`)'
shadow\t'The shadow version (`--shadow`): mirrored copies of requests already answered'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l reference -d 'Baseline for prediction drift: a table with the pred_* columns, or serve:NAME@VERSION (default: the first window)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l drift-share -d 'Share of drifted prediction columns at which a window drifts (default: monitor.drift_share or 0.5)' -r
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l log-dir -d 'The prediction log directory (default: .mlo/predictions of the repository)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l no-drift -d 'Skip prediction drift'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l md -d 'Print a Markdown report (for CI comments) instead of the tables'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from perf" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "drift" -d 'Compare a current table with a reference, column by column; exit 1 on drift (--fail-on)'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "history" -d 'List past drift checks, newest first'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "perf" -d 'Request count, error rate and latency from the prediction log of `mlo serve`'
complete -c mlo -n "__fish_mlo_using_subcommand monitor; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -f -a "analyze" -d 'Analyze an experiment: effects, intervals, p-values and a verdict per metric'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -f -a "plan" -d 'Plan an experiment: units per arm and days to detect a minimum effect, or the power of a given sample size'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and not __fish_seen_subcommand_from analyze plan help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l counts -d 'Aggregated conversions instead of a table, VARIANT=SUCCESSES/UNITS (repeat per variant)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l variant-col -d 'The column naming each unit\'s variant' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l control -d 'The control variant every other variant is compared with (serve: default the primary)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l metric -d 'A metric column to analyze (repeat for several; with --counts, the metric\'s name)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l kind -d 'Override the inferred kind of a metric (0/1 or true/false values are binary)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l test -d 'The test that gives the p-value' -r -f -a "auto\t'Pooled z-test for binary metrics (Fisher\'s exact test when an expected cell count is below 5), Welch\'s t-test for continuous ones'
ztest\t'Pooled two-proportion z-test (binary metrics)'
chisquare\t'Chi-square test of the 2×2 table without continuity correction (binary metrics)'
chisquare-yates\t'Chi-square test with Yates\' continuity correction (binary metrics)'
fisher\t'Fisher\'s exact test (binary metrics)'
welch\t'Welch\'s unequal-variance t-test'
student\t'Student\'s equal-variance t-test'
mannwhitney\t'Mann–Whitney U test (keeps every value in memory)'"
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l effect -d 'The scale of the headline effect' -r -f -a "relative\t'(treatment − control) / control, with a delta-method interval'
absolute\t'treatment − control'"
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l alpha -d 'Two-sided significance level (intervals are 1 − alpha)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l covariate -d 'CUPED with a pre-period column, for every metric or for one (METRIC=COL)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l split -d 'Expected split, control first then treatments in name order (default: equal)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l correction -d 'Multiple-testing correction across every metric and treatment' -r -f -a "none\t'No correction'
holm\t'Holm\'s step-down (family-wise error rate)'
bh\t'Benjamini–Hochberg (false discovery rate)'
bonferroni\t'Bonferroni (family-wise error rate)'"
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l guardrail -d 'A guardrail metric that must not rise (max) or fall (min); exit 1 if it significantly does' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l format -d 'The input format, when the file\'s extension does not say' -r -f -a "csv\t'Comma-separated values with a header row'
jsonl\t'One JSON object per line'
parquet\t'Apache Parquet'"
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l since -d 'serve: requests from this time on (24h back from now, a date, or an RFC 3339 time)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l until -d 'serve: requests before this time (same forms as --since)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l log-dir -d 'serve: the prediction log directory (default: .mlo/predictions of the repository)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l sequential -d 'Always-valid sequential intervals and p-values, safe to peek at (GrowthBook\'s engine)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l fail-on-srm -d 'Exit 1 when the sample ratio mismatch check fails'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l md -d 'Print a Markdown report instead of a table (`--json` takes precedence)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l baseline -d 'Baseline conversion rate of the control, e.g. 0.10' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l mean -d 'Baseline mean of a continuous metric (with --std)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l std -d 'Per-unit standard deviation of the continuous metric' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l mde -d 'Minimum detectable effect: absolute (0.01 = one point of rate), or relative with --relative' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l alpha -d 'Two-sided significance level (split over the treatments with --arms > 2)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l power -d 'Power to detect the minimum effect' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l arms -d 'Arms including control' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l ratio -d 'Units in each treatment arm per control unit' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l daily-units -d 'Units entering the experiment per day, for the duration' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l sample-size -d 'Report the power reached with N units in control (and ratio × N per treatment)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l relative -d 'Read --mde as relative to the baseline (0.1 = +10%)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from help" -f -a "analyze" -d 'Analyze an experiment: effects, intervals, p-values and a verdict per metric'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Plan an experiment: units per arm and days to detect a minimum effect, or the power of a given sample size'
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "log" -d 'List audit events of every chain (this repository\'s and pulled ones), oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "verify" -d 'Recompute every hash chain (and check one against a checkpoint); exit 1 naming what is wrong'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "keygen" -d 'Create an ed25519 key pair for signing checkpoints and export manifests'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "checkpoint" -d 'Write a checkpoint of this repository\'s chain (size, head hash, Merkle root), signed when a key is set'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "prove" -d 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "verify-proof" -d 'Check an inclusion proof without the log; exit 1 if it does not verify'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "export" -d 'Export events with a manifest, or check an export against its manifest (`--verify`)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "report" -d 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Only events at or after this time (RFC 3339, or a duration back from now like 24h, 7d)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l until -d 'Only events before this time (RFC 3339, or a duration back from now)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l actor -d 'Only events by this actor id' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l action -d 'Only actions matching this glob, e.g. `config.*`' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l target -d 'Only events on this target (`id` or `type:id`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l outcome -d 'Only events with this outcome' -r -f -a "success\t'The change was made'
failure\t'The change was attempted and failed'
denied\t'The change was refused (a gate, a missing approval, a policy)'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l chain -d 'Only events of this chain: `local` (this repository\'s), a chain id, or a unique prefix' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from log" -l limit -d 'At most N events (the newest N)' -r
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
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -l from-checkpoint -d 'Also check that the chain the checkpoint names extends it (catches truncation and rewrites)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -l public-key -d 'The checkpoint must be signed by this ed25519 public key (64 hex; default `audit.public_key`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l out -d 'Where to write the private key (mode 0600) [default: .mlo/audit-key]' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l force -d 'Replace an existing key file'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from keygen" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l out -d 'Write the checkpoint to FILE instead of stdout' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l key -d 'Sign with this private key file [default: `audit.signing_key`]' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l sign -d 'Sign it; fails when no key is given or configured (a configured key signs anyway)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -l checkpoint -d 'The checkpoint to prove against (from `mlo audit checkpoint --out FILE`)' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -l out -d 'Write the proof to PROOF instead of stdout' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from prove" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -l checkpoint -d 'Check against this checkpoint instead of the one inside the proof' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -l public-key -d 'The checkpoint must be signed by this ed25519 public key (64 hex; default `audit.public_key`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify-proof" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l format -d 'File format of the export' -r -f -a "jsonl\t'One JSON event per line'
json\t'One JSON array of events'
csv\t'RFC 4180 CSV with a header row; `details` is a JSON text column'
yaml\t'A YAML sequence of events'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l out -d 'Write the events to FILE (and the manifest to FILE.manifest.json) instead of stdout' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l manifest -d 'Write the manifest here [default: FILE.manifest.json; none when exporting to stdout]' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l key -d 'Sign the manifest with this private key file [default: `audit.signing_key`]' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l verify -d 'Check the export FILE against its manifest instead of exporting; exit 1 if it differs' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l public-key -d 'With --verify: the manifest must be signed by this public key (default `audit.public_key`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l since -d 'Only events at or after this time (RFC 3339, or a duration back from now like 24h, 7d)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l until -d 'Only events before this time (RFC 3339, or a duration back from now)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l actor -d 'Only events by this actor id' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l action -d 'Only actions matching this glob, e.g. `config.*`' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l target -d 'Only events on this target (`id` or `type:id`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l outcome -d 'Only events with this outcome' -r -f -a "success\t'The change was made'
failure\t'The change was attempted and failed'
denied\t'The change was refused (a gate, a missing approval, a policy)'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l chain -d 'Only events of this chain: `local` (this repository\'s), a chain id, or a unique prefix' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l limit -d 'At most N events (the newest N)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -l since -d 'Only events at or after this time (RFC 3339, a date, or a duration back like 30d)' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -l until -d 'Only events before this time' -r
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -l format -d 'Output format' -r -f -a "md\t'Markdown'
html\t'A standalone HTML page'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -l out -d 'Write the report to FILE instead of stdout' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'List audit events of every chain (this repository\'s and pulled ones), oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute every hash chain (and check one against a checkpoint); exit 1 naming what is wrong'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Create an ed25519 key pair for signing checkpoints and export manifests'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Write a checkpoint of this repository\'s chain (size, head hash, Merkle root), signed when a key is set'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "prove" -d 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify-proof" -d 'Check an inclusion proof without the log; exit 1 if it does not verify'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export events with a manifest, or check an export against its manifest (`--verify`)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "report" -d 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -f -a "generate" -d 'Write a CI pipeline (GitHub Actions, GitLab CI, Jenkins or Azure Pipelines) for this project'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and not __fish_seen_subcommand_from generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l out -d 'Where to write the pipeline (default: where the CI system looks for it); `-` for stdout' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l stages -d 'Comma-separated stages to include (default: the `ci.stages` setting, else all)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l train-cmd -d 'The training command, run as `mlo run exec -- CMD` (default: `ci.train_cmd`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -s r -l remote -d 'The mlo remote to pull from and push to (default: `ci.remote`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l model -d 'The registered model to register, gate and promote (default: `ci.model`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l branch -d 'The default branch, where register, promote and push run (default: `ci.branch`)' -r
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l force -d 'Replace an existing file that differs'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l dry-run -d 'Write nothing; print a unified diff against the existing file'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Write a CI pipeline (GitHub Actions, GitLab CI, Jenkins or Azure Pipelines) for this project'
complete -c mlo -n "__fish_mlo_using_subcommand ci; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -f -a "install" -d 'Install post-checkout, pre-commit and pre-push hooks, chaining any hook already there'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -f -a "uninstall" -d 'Remove mlo\'s hooks and restore the hooks they chained'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and not __fish_seen_subcommand_from install uninstall help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -l force -d 'Chain the current hook even when an older <hook>.pre-mlo exists (kept as .pre-mlo.N)'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from install" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from uninstall" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from uninstall" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from uninstall" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from uninstall" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from uninstall" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from uninstall" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from uninstall" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from help" -f -a "install" -d 'Install post-checkout, pre-commit and pre-push hooks, chaining any hook already there'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from help" -f -a "uninstall" -d 'Remove mlo\'s hooks and restore the hooks they chained'
complete -c mlo -n "__fish_mlo_using_subcommand hooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "init" -d 'Create an mlo repository in the current directory'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "status" -d 'Summarise the repository: objects, records, runs, models, audit head'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "data" -d 'Version datasets: add, status, checkout, diff, log, gc'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "remote" -d 'Manage remotes: add, list, set, remove, verify'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "push" -d 'Upload data, manifests and records the remote lacks'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "fetch" -d 'Download what the pointer files need, and new records, from a remote'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "pull" -d 'Fetch, then check the datasets out into the workspace'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "run" -d 'Track experiments: params, metrics, artifacts, lineage'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "model" -d 'Model registry: versions, stages, aliases, gates, approvals'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "serve" -d 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "monitor" -d 'Drift detection between datasets, and its history'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "ab" -d 'A/B test analysis and planning'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "audit" -d 'The tamper-evident audit trail'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "ci" -d 'Generate CI pipelines: GitHub Actions, GitLab CI, Jenkins, Azure Pipelines'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "hooks" -d 'Install or remove the git hooks that keep data in step with commits'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "config" -d 'Read and write .mlops.toml and .mlo/config.local.toml'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "completions" -d 'Print a shell completion script'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "index" -d 'Maintain the SQLite index (.mlo/index.db)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "fsck" -d 'Check the repository\'s integrity: re-hash every object and record, verify the audit chain'
complete -c mlo -n "__fish_mlo_using_subcommand help; and not __fish_seen_subcommand_from init status data remote push fetch pull run model serve monitor ab audit ci hooks config completions index fsck help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from data" -f -a "validate" -d 'Check a table against a schema (exit 1 on violations), or print a starting schema with --infer'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "add" -d 'Add a remote to .mlops.toml'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "list" -d 'List the remotes and what this clone knows they hold'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "remove" -d 'Remove a remote from the config files'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "set" -d 'Change a remote\'s URL or options'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "verify" -d 'List the remote and repair what this clone believes it holds'
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
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "register" -d 'Store an artifact and create the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "list" -d 'List models with their latest, production and staging versions'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "show" -d 'Show a model, or one version in full'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "versions" -d 'List the versions of a model'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "promote" -d 'Move a version to a stage, through the configured gates'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "approve" -d 'Approve a version for a stage'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "reject" -d 'Reject a version for a stage (blocks its promotion until approved again)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "requests" -d 'List promotions waiting for approvals'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "rollback" -d 'Put the previous production version back (a gated promotion)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "alias" -d 'Set or remove aliases (NAME:alias)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "history" -d 'Who held which stage when'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "compare" -d 'Compare the metrics and params of two versions'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "lineage" -d 'Show where a version came from: run, git commit, data, artifact digests'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "get" -d 'Write a version\'s artifact to a path, verified against its digest'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "export" -d 'Write a digest-verified bundle (tar) of a version, or mirror to MLflow (--mlflow URL)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "import" -d 'Import a bundle as the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "drift" -d 'Compare a current table with a reference, column by column; exit 1 on drift (--fail-on)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "history" -d 'List past drift checks, newest first'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from monitor" -f -a "perf" -d 'Request count, error rate and latency from the prediction log of `mlo serve`'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from ab" -f -a "analyze" -d 'Analyze an experiment: effects, intervals, p-values and a verdict per metric'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from ab" -f -a "plan" -d 'Plan an experiment: units per arm and days to detect a minimum effect, or the power of a given sample size'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List audit events of every chain (this repository\'s and pulled ones), oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute every hash chain (and check one against a checkpoint); exit 1 naming what is wrong'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "keygen" -d 'Create an ed25519 key pair for signing checkpoints and export manifests'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "checkpoint" -d 'Write a checkpoint of this repository\'s chain (size, head hash, Merkle root), signed when a key is set'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "prove" -d 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify-proof" -d 'Check an inclusion proof without the log; exit 1 if it does not verify'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "export" -d 'Export events with a manifest, or check an export against its manifest (`--verify`)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "report" -d 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from ci" -f -a "generate" -d 'Write a CI pipeline (GitHub Actions, GitLab CI, Jenkins or Azure Pipelines) for this project'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from hooks" -f -a "install" -d 'Install post-checkout, pre-commit and pre-push hooks, chaining any hook already there'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from hooks" -f -a "uninstall" -d 'Remove mlo\'s hooks and restore the hooks they chained'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the value in force for a key'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from a config file'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the keys set in the config files, with where each value comes from'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "rebuild" -d 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
