//! The committed man pages and completion scripts must match what the CLI generates.
//! Rewrite them with `MLO_UPDATE_GENERATED=1 cargo test generated`.

use std::path::Path;

#[test]
fn man_pages_and_completions_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("MLO_UPDATE_GENERATED").is_some();
    let mut stale = Vec::new();
    for (rel, content) in mlo::cli::generate::generated_files() {
        let path = root.join(&rel);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &content).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&content[..]) {
            stale.push(rel);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files (run `MLO_UPDATE_GENERATED=1 cargo test --test cli generated`): {stale:?}"
    );
}
