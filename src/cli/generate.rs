//! The generated files committed to the repository: man pages for every command
//! (clap_mangen) under `man/` and shell completions (clap_complete) under `completions/`.
//! Pure: returns paths and bytes; a test compares them with the committed files and rewrites
//! them when `MLO_UPDATE_GENERATED=1`.

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

/// Every generated file: (path relative to the repository root, content).
pub fn generated_files() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let cmd = Cli::command();
    man_pages(&cmd, "mlo", &mut files);
    for (shell, name) in [
        (Shell::Bash, "mlo.bash"),
        (Shell::Zsh, "_mlo"),
        (Shell::Fish, "mlo.fish"),
        (Shell::PowerShell, "_mlo.ps1"),
        (Shell::Elvish, "mlo.elv"),
    ] {
        let mut cmd = Cli::command();
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd, "mlo", &mut buf);
        files.push((format!("completions/{name}"), buf));
    }
    files
}

fn man_pages(cmd: &clap::Command, name: &str, files: &mut Vec<(String, Vec<u8>)>) {
    let cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .date("")
        .render(&mut buf)
        .expect("rendering a man page into memory cannot fail");
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files);
    }
}
