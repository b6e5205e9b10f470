
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
            cand verify 'Recompute the hash chain (and check it against a checkpoint); exit 1 naming what is wrong'
            cand keygen 'Create an ed25519 key pair for signing checkpoints and export manifests'
            cand checkpoint 'Write a checkpoint of the chain''s head (size, head hash, Merkle root), signed when a key is set'
            cand prove 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
            cand verify-proof 'Check an inclusion proof without the log; exit 1 if it does not verify'
            cand export 'Export events with a manifest, or check an export against its manifest (`--verify`)'
            cand report 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;audit;log'= {
            cand --since 'Only events at or after this time (RFC 3339, or a duration back from now like 24h, 7d)'
            cand --until 'Only events before this time (RFC 3339, or a duration back from now)'
            cand --actor 'Only events by this actor id'
            cand --action 'Only actions matching this glob, e.g. `config.*`'
            cand --target 'Only events on this target (`id` or `type:id`)'
            cand --outcome 'Only events with this outcome'
            cand --limit 'At most N events (the newest N)'
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
            cand --from-checkpoint 'Also check that the chain extends this checkpoint (catches truncation and rewrites)'
            cand --public-key 'The checkpoint must be signed by this ed25519 public key (64 hex; default `audit.public_key`)'
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
        &'mlo;audit;keygen'= {
            cand --out 'Where to write the private key (mode 0600) [default: .mlo/audit-key]'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Replace an existing key file'
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
        &'mlo;audit;checkpoint'= {
            cand --out 'Write the checkpoint to FILE instead of stdout'
            cand --key 'Sign with this private key file [default: `audit.signing_key`]'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --sign 'Sign it; fails when no key is given or configured (a configured key signs anyway)'
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
        &'mlo;audit;prove'= {
            cand --checkpoint 'The checkpoint to prove against (from `mlo audit checkpoint --out FILE`)'
            cand --out 'Write the proof to PROOF instead of stdout'
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
        &'mlo;audit;verify-proof'= {
            cand --checkpoint 'Check against this checkpoint instead of the one inside the proof'
            cand --public-key 'The checkpoint must be signed by this ed25519 public key (64 hex; default `audit.public_key`)'
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
        &'mlo;audit;export'= {
            cand --format 'File format of the export'
            cand --out 'Write the events to FILE (and the manifest to FILE.manifest.json) instead of stdout'
            cand --manifest 'Write the manifest here [default: FILE.manifest.json; none when exporting to stdout]'
            cand --key 'Sign the manifest with this private key file [default: `audit.signing_key`]'
            cand --verify 'Check the export FILE against its manifest instead of exporting; exit 1 if it differs'
            cand --public-key 'With --verify: the manifest must be signed by this public key (default `audit.public_key`)'
            cand --since 'Only events at or after this time (RFC 3339, or a duration back from now like 24h, 7d)'
            cand --until 'Only events before this time (RFC 3339, or a duration back from now)'
            cand --actor 'Only events by this actor id'
            cand --action 'Only actions matching this glob, e.g. `config.*`'
            cand --target 'Only events on this target (`id` or `type:id`)'
            cand --outcome 'Only events with this outcome'
            cand --limit 'At most N events (the newest N)'
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
        &'mlo;audit;report'= {
            cand --since 'Only events at or after this time (RFC 3339, a date, or a duration back like 30d)'
            cand --until 'Only events before this time'
            cand --format 'Output format'
            cand --out 'Write the report to FILE instead of stdout'
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
            cand verify 'Recompute the hash chain (and check it against a checkpoint); exit 1 naming what is wrong'
            cand keygen 'Create an ed25519 key pair for signing checkpoints and export manifests'
            cand checkpoint 'Write a checkpoint of the chain''s head (size, head hash, Merkle root), signed when a key is set'
            cand prove 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
            cand verify-proof 'Check an inclusion proof without the log; exit 1 if it does not verify'
            cand export 'Export events with a manifest, or check an export against its manifest (`--verify`)'
            cand report 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;audit;help;log'= {
        }
        &'mlo;audit;help;show'= {
        }
        &'mlo;audit;help;verify'= {
        }
        &'mlo;audit;help;keygen'= {
        }
        &'mlo;audit;help;checkpoint'= {
        }
        &'mlo;audit;help;prove'= {
        }
        &'mlo;audit;help;verify-proof'= {
        }
        &'mlo;audit;help;export'= {
        }
        &'mlo;audit;help;report'= {
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
            cand verify 'Recompute the hash chain (and check it against a checkpoint); exit 1 naming what is wrong'
            cand keygen 'Create an ed25519 key pair for signing checkpoints and export manifests'
            cand checkpoint 'Write a checkpoint of the chain''s head (size, head hash, Merkle root), signed when a key is set'
            cand prove 'Write an inclusion proof that an event is in the tree a checkpoint commits to'
            cand verify-proof 'Check an inclusion proof without the log; exit 1 if it does not verify'
            cand export 'Export events with a manifest, or check an export against its manifest (`--verify`)'
            cand report 'Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors'
        }
        &'mlo;help;audit;log'= {
        }
        &'mlo;help;audit;show'= {
        }
        &'mlo;help;audit;verify'= {
        }
        &'mlo;help;audit;keygen'= {
        }
        &'mlo;help;audit;checkpoint'= {
        }
        &'mlo;help;audit;prove'= {
        }
        &'mlo;help;audit;verify-proof'= {
        }
        &'mlo;help;audit;export'= {
        }
        &'mlo;help;audit;report'= {
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
