
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
            cand monitor 'Drift detection between datasets, and its history'
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
            cand validate 'Check a table against a schema (exit 1 on violations), or print a starting schema with --infer'
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
        &'mlo;data;validate'= {
            cand --schema 'The schema to check against (YAML; see docs/schema.md)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --infer 'Print a starting schema inferred from the table instead of checking'
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
            cand validate 'Check a table against a schema (exit 1 on violations), or print a starting schema with --infer'
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
        &'mlo;data;help;validate'= {
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
            cand register 'Store an artifact and create the next version of a model'
            cand list 'List models with their latest, production and staging versions'
            cand show 'Show a model, or one version in full'
            cand versions 'List the versions of a model'
            cand promote 'Move a version to a stage, through the configured gates'
            cand approve 'Approve a version for a stage'
            cand reject 'Reject a version for a stage (blocks its promotion until approved again)'
            cand requests 'List promotions waiting for approvals'
            cand rollback 'Put the previous production version back (a gated promotion)'
            cand alias 'Set or remove aliases (NAME:alias)'
            cand history 'Who held which stage when'
            cand compare 'Compare the metrics and params of two versions'
            cand lineage 'Show where a version came from: run, git commit, data, artifact digests'
            cand get 'Write a version''s artifact to a path, verified against its digest'
            cand export 'Write a digest-verified bundle (tar) of a version and its lineage'
            cand import 'Import a bundle as the next version of a model'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;model;register'= {
            cand --run 'Link the version to a finished run (its params, metrics, git commit and data versions)'
            cand --format 'Artifact format (default: from the extension: .onnx, .safetensors, else other)'
            cand --metric 'A metric of this version, KEY=NUMBER (repeatable)'
            cand --tag 'A tag, KEY=VALUE (repeatable)'
            cand --description 'Free text'
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
        &'mlo;model;list'= {
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
        &'mlo;model;show'= {
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
        &'mlo;model;versions'= {
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
        &'mlo;model;promote'= {
            cand --to 'Target stage'
            cand --reason 'Why (recorded in the audit trail; required with --force)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Override failing gates (needs --reason; recorded)'
            cand --dry-run 'Evaluate the gates and report; change nothing'
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
        &'mlo;model;approve'= {
            cand --to 'The stage the decision is for'
            cand --comment 'A comment'
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
        &'mlo;model;reject'= {
            cand --to 'The stage the decision is for'
            cand --comment 'A comment'
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
        &'mlo;model;requests'= {
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
        &'mlo;model;rollback'= {
            cand --to 'The version to put back (default: the previous production version)'
            cand --reason 'Why'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Override failing gates (needs --reason)'
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
        &'mlo;model;alias'= {
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
            cand set 'Point NAME:ALIAS at a version'
            cand rm 'Remove NAME:ALIAS'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;model;alias;set'= {
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
        &'mlo;model;alias;rm'= {
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
        &'mlo;model;alias;help'= {
            cand set 'Point NAME:ALIAS at a version'
            cand rm 'Remove NAME:ALIAS'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;model;alias;help;set'= {
        }
        &'mlo;model;alias;help;rm'= {
        }
        &'mlo;model;alias;help;help'= {
        }
        &'mlo;model;history'= {
            cand --stage 'Only changes into or out of this stage'
            cand --at 'Who held each stage at this time (RFC 3339, a date, or a duration back such as 7d)'
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
        &'mlo;model;compare'= {
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
        &'mlo;model;lineage'= {
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
        &'mlo;model;get'= {
            cand --out 'Where to write it (a directory keeps the registered file name)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Overwrite an existing file'
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
        &'mlo;model;export'= {
            cand --out 'The bundle file to write'
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
        &'mlo;model;import'= {
            cand --name 'Register under this name instead of the exported one'
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
        &'mlo;model;help'= {
            cand register 'Store an artifact and create the next version of a model'
            cand list 'List models with their latest, production and staging versions'
            cand show 'Show a model, or one version in full'
            cand versions 'List the versions of a model'
            cand promote 'Move a version to a stage, through the configured gates'
            cand approve 'Approve a version for a stage'
            cand reject 'Reject a version for a stage (blocks its promotion until approved again)'
            cand requests 'List promotions waiting for approvals'
            cand rollback 'Put the previous production version back (a gated promotion)'
            cand alias 'Set or remove aliases (NAME:alias)'
            cand history 'Who held which stage when'
            cand compare 'Compare the metrics and params of two versions'
            cand lineage 'Show where a version came from: run, git commit, data, artifact digests'
            cand get 'Write a version''s artifact to a path, verified against its digest'
            cand export 'Write a digest-verified bundle (tar) of a version and its lineage'
            cand import 'Import a bundle as the next version of a model'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;model;help;register'= {
        }
        &'mlo;model;help;list'= {
        }
        &'mlo;model;help;show'= {
        }
        &'mlo;model;help;versions'= {
        }
        &'mlo;model;help;promote'= {
        }
        &'mlo;model;help;approve'= {
        }
        &'mlo;model;help;reject'= {
        }
        &'mlo;model;help;requests'= {
        }
        &'mlo;model;help;rollback'= {
        }
        &'mlo;model;help;alias'= {
            cand set 'Point NAME:ALIAS at a version'
            cand rm 'Remove NAME:ALIAS'
        }
        &'mlo;model;help;alias;set'= {
        }
        &'mlo;model;help;alias;rm'= {
        }
        &'mlo;model;help;history'= {
        }
        &'mlo;model;help;compare'= {
        }
        &'mlo;model;help;lineage'= {
        }
        &'mlo;model;help;get'= {
        }
        &'mlo;model;help;export'= {
        }
        &'mlo;model;help;import'= {
        }
        &'mlo;model;help;help'= {
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
            cand drift 'Compare a current table with a reference, column by column; exit 1 on drift (--fail-on)'
            cand history 'List past drift checks, newest first'
            cand perf 'Request count, error rate and latency from the prediction log of `mlo serve`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;monitor;drift'= {
            cand --reference 'Reference data: FILE (.csv, .jsonl), PATH@GIT_REV (a tracked dataset), or serve:NAME[@VERSION]'
            cand --reference-profile 'Use a reference profile saved earlier with --save-profile instead of --reference'
            cand --save-profile 'Save a compact profile of the reference to FILE, for later --reference-profile checks'
            cand --current 'Current data: FILE (.csv, .jsonl), PATH@GIT_REV, or serve:NAME[@VERSION]'
            cand --columns 'Compare only these columns (comma-separated)'
            cand --exclude 'Leave these columns out (comma-separated)'
            cand --categorical 'Read these columns as categorical (comma-separated)'
            cand --numerical 'Read these columns as numerical (comma-separated)'
            cand --method 'Test or distance per column; auto picks as Evidently''s defaults do'
            cand --threshold 'Drift threshold for every column (default: 0.05 for p-values, 0.1 for distances)'
            cand --drift-share 'Share of drifted columns at which the dataset drifts (default: monitor.drift_share or 0.5)'
            cand --fail-on 'When to exit 1: dataset drift, any drifted column, or never'
            cand --compat 'Match another tool''s choices where mlo deliberately differs (evidently: goodness-of-fit chi-square)'
            cand --html 'Also write a self-contained HTML report with histograms to FILE'
            cand --webhook 'POST a JSON summary (with Slack-compatible `text`) to URL (default: monitor.alerts.webhook)'
            cand --since 'Time window for serve: inputs, e.g. 24h (needs the prediction log)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --md 'Print a Markdown report (for CI comments) instead of the table'
            cand --no-record 'Do not record this check in the repository (no record, no audit event)'
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
        &'mlo;monitor;history'= {
            cand --current 'Only checks whose current input was this'
            cand -n 'At most this many checks'
            cand --limit 'At most this many checks'
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
        &'mlo;monitor;perf'= {
            cand --since 'Time window, e.g. 24h'
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
        &'mlo;monitor;help'= {
            cand drift 'Compare a current table with a reference, column by column; exit 1 on drift (--fail-on)'
            cand history 'List past drift checks, newest first'
            cand perf 'Request count, error rate and latency from the prediction log of `mlo serve`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;monitor;help;drift'= {
        }
        &'mlo;monitor;help;history'= {
        }
        &'mlo;monitor;help;perf'= {
        }
        &'mlo;monitor;help;help'= {
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
            cand monitor 'Drift detection between datasets, and its history'
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
            cand validate 'Check a table against a schema (exit 1 on violations), or print a starting schema with --infer'
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
        &'mlo;help;data;validate'= {
        }
        &'mlo;help;run'= {
        }
        &'mlo;help;model'= {
            cand register 'Store an artifact and create the next version of a model'
            cand list 'List models with their latest, production and staging versions'
            cand show 'Show a model, or one version in full'
            cand versions 'List the versions of a model'
            cand promote 'Move a version to a stage, through the configured gates'
            cand approve 'Approve a version for a stage'
            cand reject 'Reject a version for a stage (blocks its promotion until approved again)'
            cand requests 'List promotions waiting for approvals'
            cand rollback 'Put the previous production version back (a gated promotion)'
            cand alias 'Set or remove aliases (NAME:alias)'
            cand history 'Who held which stage when'
            cand compare 'Compare the metrics and params of two versions'
            cand lineage 'Show where a version came from: run, git commit, data, artifact digests'
            cand get 'Write a version''s artifact to a path, verified against its digest'
            cand export 'Write a digest-verified bundle (tar) of a version and its lineage'
            cand import 'Import a bundle as the next version of a model'
        }
        &'mlo;help;model;register'= {
        }
        &'mlo;help;model;list'= {
        }
        &'mlo;help;model;show'= {
        }
        &'mlo;help;model;versions'= {
        }
        &'mlo;help;model;promote'= {
        }
        &'mlo;help;model;approve'= {
        }
        &'mlo;help;model;reject'= {
        }
        &'mlo;help;model;requests'= {
        }
        &'mlo;help;model;rollback'= {
        }
        &'mlo;help;model;alias'= {
            cand set 'Point NAME:ALIAS at a version'
            cand rm 'Remove NAME:ALIAS'
        }
        &'mlo;help;model;alias;set'= {
        }
        &'mlo;help;model;alias;rm'= {
        }
        &'mlo;help;model;history'= {
        }
        &'mlo;help;model;compare'= {
        }
        &'mlo;help;model;lineage'= {
        }
        &'mlo;help;model;get'= {
        }
        &'mlo;help;model;export'= {
        }
        &'mlo;help;model;import'= {
        }
        &'mlo;help;serve'= {
        }
        &'mlo;help;monitor'= {
            cand drift 'Compare a current table with a reference, column by column; exit 1 on drift (--fail-on)'
            cand history 'List past drift checks, newest first'
            cand perf 'Request count, error rate and latency from the prediction log of `mlo serve`'
        }
        &'mlo;help;monitor;drift'= {
        }
        &'mlo;help;monitor;history'= {
        }
        &'mlo;help;monitor;perf'= {
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
