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
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s C -d 'Run as if mlo was started in DIR' -r -F
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -l color -d 'When to use colour (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t'Colour when writing to a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -l json -d 'Print machine-readable JSON on stdout'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s q -l quiet -d 'Print nothing on stderr but warnings and errors'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -s V -l version -d 'Print version'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "verify" -d 'Recompute the hash chain (and check it against a checkpoint); exit 1 naming what is wrong'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "keygen" -d 'Create an ed25519 key pair for signing checkpoints and export manifests'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and not __fish_seen_subcommand_from log show verify keygen checkpoint prove verify-proof export report help" -f -a "checkpoint" -d 'Write a checkpoint of the chain\'s head (size, head hash, Merkle root), signed when a key is set'
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
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from verify" -l from-checkpoint -d 'Also check that the chain extends this checkpoint (catches truncation and rewrites)' -r -F
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
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the hash chain (and check it against a checkpoint); exit 1 naming what is wrong'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Create an ed25519 key pair for signing checkpoints and export manifests'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Write a checkpoint of the chain\'s head (size, head hash, Merkle root), signed when a key is set'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "prove" -d 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify-proof" -d 'Check an inclusion proof without the log; exit 1 if it does not verify'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export events with a manifest, or check an export against its manifest (`--verify`)'
complete -c mlo -n "__fish_mlo_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "report" -d 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
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
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List audit events, oldest first'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'Show one event in full'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chain (and check it against a checkpoint); exit 1 naming what is wrong'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "keygen" -d 'Create an ed25519 key pair for signing checkpoints and export manifests'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "checkpoint" -d 'Write a checkpoint of the chain\'s head (size, head hash, Merkle root), signed when a key is set'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "prove" -d 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify-proof" -d 'Check an inclusion proof without the log; exit 1 if it does not verify'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "export" -d 'Export events with a manifest, or check an export against its manifest (`--verify`)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "report" -d 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the value in force for a key'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from a config file'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the keys set in the config files, with where each value comes from'
complete -c mlo -n "__fish_mlo_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "rebuild" -d 'Re-create the index from the record objects (a lost or corrupt index.db loses nothing)'
