
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
            cand remote 'Manage remotes: add, list, set, remove, verify'
            cand push 'Upload data, manifests and records the remote lacks'
            cand fetch 'Download what the pointer files need, and new records, from a remote'
            cand pull 'Fetch, then check the datasets out into the workspace'
            cand run 'Track experiments: params, metrics, artifacts, lineage'
            cand model 'Model registry: versions, stages, aliases, gates, approvals'
            cand serve 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
            cand monitor 'Drift detection between datasets, and its history'
            cand ab 'A/B test analysis and planning'
            cand audit 'The tamper-evident audit trail'
            cand ci 'Generate CI pipelines: GitHub Actions, GitLab CI, Jenkins, Azure Pipelines'
            cand hooks 'Install or remove the git hooks that keep data in step with commits'
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
            cand --remote 'Show what is not pushed to a remote (default: `core.remote`) instead'
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
        &'mlo;remote'= {
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
            cand add 'Add a remote to .mlops.toml'
            cand list 'List the remotes and what this clone knows they hold'
            cand remove 'Remove a remote from the config files'
            cand rm 'Remove a remote from the config files'
            cand set 'Change a remote''s URL or options'
            cand verify 'List the remote and repair what this clone believes it holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;remote;add'= {
            cand --endpoint 'S3-compatible server endpoint, e.g. http://127.0.0.1:9000'
            cand --region 'S3 region'
            cand --path-style 'Address S3 buckets path-style (endpoint/bucket): true or false'
            cand --allow-http 'Allow a plain-HTTP endpoint: true or false'
            cand --jobs 'Requests in flight during transfers'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --default 'Make this the default remote (`core.remote`)'
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
        &'mlo;remote;list'= {
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
        &'mlo;remote;remove'= {
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
        &'mlo;remote;rm'= {
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
        &'mlo;remote;set'= {
            cand --endpoint 'S3-compatible server endpoint, e.g. http://127.0.0.1:9000'
            cand --region 'S3 region'
            cand --path-style 'Address S3 buckets path-style (endpoint/bucket): true or false'
            cand --allow-http 'Allow a plain-HTTP endpoint: true or false'
            cand --jobs 'Requests in flight during transfers'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --default 'Make this the default remote (`core.remote`)'
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
        &'mlo;remote;verify'= {
            cand -r 'The remote (default: `core.remote`)'
            cand --remote 'The remote (default: `core.remote`)'
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
        &'mlo;remote;help'= {
            cand add 'Add a remote to .mlops.toml'
            cand list 'List the remotes and what this clone knows they hold'
            cand remove 'Remove a remote from the config files'
            cand set 'Change a remote''s URL or options'
            cand verify 'List the remote and repair what this clone believes it holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;remote;help;add'= {
        }
        &'mlo;remote;help;list'= {
        }
        &'mlo;remote;help;remove'= {
        }
        &'mlo;remote;help;set'= {
        }
        &'mlo;remote;help;verify'= {
        }
        &'mlo;remote;help;help'= {
        }
        &'mlo;push'= {
            cand -r 'The remote (default: `core.remote`)'
            cand --remote 'The remote (default: `core.remote`)'
            cand -j 'Requests in flight (default: `remote.NAME.jobs`, else 32)'
            cand --jobs 'Requests in flight (default: `remote.NAME.jobs`, else 32)'
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
        &'mlo;fetch'= {
            cand -r 'The remote (default: `core.remote`)'
            cand --remote 'The remote (default: `core.remote`)'
            cand -j 'Requests in flight (default: `remote.NAME.jobs`, else 32)'
            cand --jobs 'Requests in flight (default: `remote.NAME.jobs`, else 32)'
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
        &'mlo;pull'= {
            cand -r 'The remote (default: `core.remote`)'
            cand --remote 'The remote (default: `core.remote`)'
            cand -j 'Requests in flight (default: `remote.NAME.jobs`, else 32)'
            cand --jobs 'Requests in flight (default: `remote.NAME.jobs`, else 32)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Overwrite modified workspace files'
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
            cand export 'Write a digest-verified bundle (tar) of a version, or mirror to MLflow (--mlflow URL)'
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
            cand --mlflow 'Mirror models, versions, stages and aliases to this MLflow model registry instead (e.g. http://127.0.0.1:5000); idempotent: only what the server lacks is sent'
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
            cand export 'Write a digest-verified bundle (tar) of a version, or mirror to MLflow (--mlflow URL)'
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
            cand --watch 'Reload when a model file changes on disk or a registry reference moves to another version (a promotion, an alias, a new latest version); SIGHUP always reloads'
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
            cand --reference 'Reference data: FILE (.csv, .jsonl, .parquet), PATH@GIT_REV (a tracked dataset), or serve:NAME[@VERSION]'
            cand --reference-profile 'Use a reference profile saved earlier with --save-profile instead of --reference'
            cand --save-profile 'Save a compact profile of the reference to FILE, for later --reference-profile checks'
            cand --current 'Current data: FILE (.csv, .jsonl, .parquet), PATH@GIT_REV, or serve:NAME[@VERSION] (the prediction log)'
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
            cand --since 'serve: inputs: requests from this time on (24h back from now, a date, or an RFC 3339 time)'
            cand --until 'serve: inputs: requests before this time (same forms as --since)'
            cand --variant 'serve: inputs: variants to read (repeatable; default primary and canary, never shadow)'
            cand --features 'serve: inputs: names for the model''s input columns, in input order (comma-separated)'
            cand --log-dir 'serve: inputs: the prediction log directory (default: .mlo/predictions of the repository)'
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
            cand --since 'Requests from this time on (24h back from now, a date, or an RFC 3339 time)'
            cand --until 'Requests before this time (same forms as --since)'
            cand --window 'Length of each time window (30m, 1h, 1d)'
            cand --variant 'Variants to read (repeatable; default primary and canary)'
            cand --reference 'Baseline for prediction drift: a table with the pred_* columns, or serve:NAME@VERSION (default: the first window)'
            cand --drift-share 'Share of drifted prediction columns at which a window drifts (default: monitor.drift_share or 0.5)'
            cand --log-dir 'The prediction log directory (default: .mlo/predictions of the repository)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --no-drift 'Skip prediction drift'
            cand --md 'Print a Markdown report (for CI comments) instead of the tables'
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
            cand analyze 'Analyze an experiment: effects, intervals, p-values and a verdict per metric'
            cand plan 'Plan an experiment: units per arm and days to detect a minimum effect, or the power of a given sample size'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;ab;analyze'= {
            cand --counts 'Aggregated conversions instead of a table, VARIANT=SUCCESSES/UNITS (repeat per variant)'
            cand --variant-col 'The column naming each unit''s variant'
            cand --control 'The control variant every other variant is compared with (serve: default the primary)'
            cand --metric 'A metric column to analyze (repeat for several; with --counts, the metric''s name)'
            cand --kind 'Override the inferred kind of a metric (0/1 or true/false values are binary)'
            cand --test 'The test that gives the p-value'
            cand --effect 'The scale of the headline effect'
            cand --alpha 'Two-sided significance level (intervals are 1 − alpha)'
            cand --covariate 'CUPED with a pre-period column, for every metric or for one (METRIC=COL)'
            cand --split 'Expected split, control first then treatments in name order (default: equal)'
            cand --correction 'Multiple-testing correction across every metric and treatment'
            cand --guardrail 'A guardrail metric that must not rise (max) or fall (min); exit 1 if it significantly does'
            cand --format 'The input format, when the file''s extension does not say'
            cand --since 'serve: requests from this time on (24h back from now, a date, or an RFC 3339 time)'
            cand --until 'serve: requests before this time (same forms as --since)'
            cand --log-dir 'serve: the prediction log directory (default: .mlo/predictions of the repository)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --sequential 'Always-valid sequential intervals and p-values, safe to peek at (GrowthBook''s engine)'
            cand --fail-on-srm 'Exit 1 when the sample ratio mismatch check fails'
            cand --md 'Print a Markdown report instead of a table (`--json` takes precedence)'
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
        &'mlo;ab;plan'= {
            cand --baseline 'Baseline conversion rate of the control, e.g. 0.10'
            cand --mean 'Baseline mean of a continuous metric (with --std)'
            cand --std 'Per-unit standard deviation of the continuous metric'
            cand --mde 'Minimum detectable effect: absolute (0.01 = one point of rate), or relative with --relative'
            cand --alpha 'Two-sided significance level (split over the treatments with --arms > 2)'
            cand --power 'Power to detect the minimum effect'
            cand --arms 'Arms including control'
            cand --ratio 'Units in each treatment arm per control unit'
            cand --daily-units 'Units entering the experiment per day, for the duration'
            cand --sample-size 'Report the power reached with N units in control (and ratio × N per treatment)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --relative 'Read --mde as relative to the baseline (0.1 = +10%)'
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
        &'mlo;ab;help'= {
            cand analyze 'Analyze an experiment: effects, intervals, p-values and a verdict per metric'
            cand plan 'Plan an experiment: units per arm and days to detect a minimum effect, or the power of a given sample size'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;ab;help;analyze'= {
        }
        &'mlo;ab;help;plan'= {
        }
        &'mlo;ab;help;help'= {
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
            cand log 'List audit events of every chain (this repository''s and pulled ones), oldest first'
            cand show 'Show one event in full'
            cand verify 'Recompute every hash chain (and check one against a checkpoint); exit 1 naming what is wrong'
            cand keygen 'Create an ed25519 key pair for signing checkpoints and export manifests'
            cand checkpoint 'Write a checkpoint of this repository''s chain (size, head hash, Merkle root), signed when a key is set'
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
            cand --chain 'Only events of this chain: `local` (this repository''s), a chain id, or a unique prefix'
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
            cand --from-checkpoint 'Also check that the chain the checkpoint names extends it (catches truncation and rewrites)'
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
            cand --chain 'Only events of this chain: `local` (this repository''s), a chain id, or a unique prefix'
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
            cand log 'List audit events of every chain (this repository''s and pulled ones), oldest first'
            cand show 'Show one event in full'
            cand verify 'Recompute every hash chain (and check one against a checkpoint); exit 1 naming what is wrong'
            cand keygen 'Create an ed25519 key pair for signing checkpoints and export manifests'
            cand checkpoint 'Write a checkpoint of this repository''s chain (size, head hash, Merkle root), signed when a key is set'
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
            cand generate 'Write a CI pipeline (GitHub Actions, GitLab CI, Jenkins or Azure Pipelines) for this project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;ci;generate'= {
            cand --out 'Where to write the pipeline (default: where the CI system looks for it); `-` for stdout'
            cand --stages 'Comma-separated stages to include (default: the `ci.stages` setting, else all)'
            cand --train-cmd 'The training command, run as `mlo run exec -- CMD` (default: `ci.train_cmd`)'
            cand -r 'The mlo remote to pull from and push to (default: `ci.remote`)'
            cand --remote 'The mlo remote to pull from and push to (default: `ci.remote`)'
            cand --model 'The registered model to register, gate and promote (default: `ci.model`)'
            cand --branch 'The default branch, where register, promote and push run (default: `ci.branch`)'
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Replace an existing file that differs'
            cand --dry-run 'Write nothing; print a unified diff against the existing file'
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
        &'mlo;ci;help'= {
            cand generate 'Write a CI pipeline (GitHub Actions, GitLab CI, Jenkins or Azure Pipelines) for this project'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;ci;help;generate'= {
        }
        &'mlo;ci;help;help'= {
        }
        &'mlo;hooks'= {
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
            cand install 'Install post-checkout, pre-commit and pre-push hooks, chaining any hook already there'
            cand uninstall 'Remove mlo''s hooks and restore the hooks they chained'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;hooks;install'= {
            cand -C 'Run as if mlo was started in DIR'
            cand --color 'When to use colour (NO_COLOR is honoured by `auto`)'
            cand --force 'Chain the current hook even when an older <hook>.pre-mlo exists (kept as .pre-mlo.N)'
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
        &'mlo;hooks;uninstall'= {
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
        &'mlo;hooks;help'= {
            cand install 'Install post-checkout, pre-commit and pre-push hooks, chaining any hook already there'
            cand uninstall 'Remove mlo''s hooks and restore the hooks they chained'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlo;hooks;help;install'= {
        }
        &'mlo;hooks;help;uninstall'= {
        }
        &'mlo;hooks;help;help'= {
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
            cand remote 'Manage remotes: add, list, set, remove, verify'
            cand push 'Upload data, manifests and records the remote lacks'
            cand fetch 'Download what the pointer files need, and new records, from a remote'
            cand pull 'Fetch, then check the datasets out into the workspace'
            cand run 'Track experiments: params, metrics, artifacts, lineage'
            cand model 'Model registry: versions, stages, aliases, gates, approvals'
            cand serve 'Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics'
            cand monitor 'Drift detection between datasets, and its history'
            cand ab 'A/B test analysis and planning'
            cand audit 'The tamper-evident audit trail'
            cand ci 'Generate CI pipelines: GitHub Actions, GitLab CI, Jenkins, Azure Pipelines'
            cand hooks 'Install or remove the git hooks that keep data in step with commits'
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
        &'mlo;help;remote'= {
            cand add 'Add a remote to .mlops.toml'
            cand list 'List the remotes and what this clone knows they hold'
            cand remove 'Remove a remote from the config files'
            cand set 'Change a remote''s URL or options'
            cand verify 'List the remote and repair what this clone believes it holds'
        }
        &'mlo;help;remote;add'= {
        }
        &'mlo;help;remote;list'= {
        }
        &'mlo;help;remote;remove'= {
        }
        &'mlo;help;remote;set'= {
        }
        &'mlo;help;remote;verify'= {
        }
        &'mlo;help;push'= {
        }
        &'mlo;help;fetch'= {
        }
        &'mlo;help;pull'= {
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
            cand export 'Write a digest-verified bundle (tar) of a version, or mirror to MLflow (--mlflow URL)'
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
            cand analyze 'Analyze an experiment: effects, intervals, p-values and a verdict per metric'
            cand plan 'Plan an experiment: units per arm and days to detect a minimum effect, or the power of a given sample size'
        }
        &'mlo;help;ab;analyze'= {
        }
        &'mlo;help;ab;plan'= {
        }
        &'mlo;help;audit'= {
            cand log 'List audit events of every chain (this repository''s and pulled ones), oldest first'
            cand show 'Show one event in full'
            cand verify 'Recompute every hash chain (and check one against a checkpoint); exit 1 naming what is wrong'
            cand keygen 'Create an ed25519 key pair for signing checkpoints and export manifests'
            cand checkpoint 'Write a checkpoint of this repository''s chain (size, head hash, Merkle root), signed when a key is set'
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
            cand generate 'Write a CI pipeline (GitHub Actions, GitLab CI, Jenkins or Azure Pipelines) for this project'
        }
        &'mlo;help;ci;generate'= {
        }
        &'mlo;help;hooks'= {
            cand install 'Install post-checkout, pre-commit and pre-push hooks, chaining any hook already there'
            cand uninstall 'Remove mlo''s hooks and restore the hooks they chained'
        }
        &'mlo;help;hooks;install'= {
        }
        &'mlo;help;hooks;uninstall'= {
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
