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
complete -c mlo -n "__fish_mlo_using_subcommand model; and not __fish_seen_subcommand_from register list show versions promote approve reject requests rollback alias history compare lineage get export import help" -f -a "export" -d 'Write a digest-verified bundle (tar) of a version and its lineage'
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
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a digest-verified bundle (tar) of a version and its lineage'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a bundle as the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c mlo -n "__fish_mlo_using_subcommand ab; and __fish_seen_subcommand_from analyze" -l control -d 'The control variant every other variant is compared with' -r
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
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "export" -d 'Write a digest-verified bundle (tar) of a version and its lineage'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "import" -d 'Import a bundle as the next version of a model'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from ab" -f -a "analyze" -d 'Analyze an experiment: effects, intervals, p-values and a verdict per metric'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from ab" -f -a "plan" -d 'Plan an experiment: units per arm and days to detect a minimum effect, or the power of a given sample size'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chain; exit 1 and name the first bad event if it does not match'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the value in force for a key'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from a config file'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the keys set in the config files, with where each value comes from'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "rebuild" -d 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
