//! Directory trees as Merkle trees of per-directory manifests.
//!
//! A manifest is a canonical JSON object stored in the object store:
//! `{"entries":[...],"type":"mlo.tree","version":1}` with entries sorted by name (bytewise),
//! each `{"name","kind":"file","digest","size","exec"}`, `{"name","kind":"dir","digest",
//! "size","files"}` or `{"name","kind":"symlink","target"}`. A directory's digest is the
//! digest of its manifest, so changing one file rewrites only the manifests on its path, and a
//! diff descends only into subtrees whose digests differ.
//!
//! Names are single path components: never empty, `.`, `..`, or containing `/` or NUL.
//! Symlink targets are relative and stay inside the dataset. Both rules are checked when a
//! manifest is read, so a crafted manifest cannot make checkout write outside the dataset.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::records;
use crate::store::{Digest, Durability, Store, StoreError};

/// The `type` of manifest objects.
pub const MANIFEST_TYPE: &str = "mlo.tree";

/// An entry's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A regular file.
    File,
    /// A subdirectory.
    Dir,
    /// A symbolic link (stored as its target, never followed).
    Symlink,
}

/// One manifest entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// Path component.
    pub name: String,
    /// Kind.
    pub kind: EntryKind,
    /// Content digest (files) or manifest digest (dirs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<Digest>,
    /// Bytes (files: the file; dirs: everything below).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// Number of files below (dirs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<u64>,
    /// Executable bit (files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exec: Option<bool>,
    /// Link target (symlinks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// A manifest as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always `mlo.tree`.
    #[serde(rename = "type")]
    pub manifest_type: String,
    /// Format version (1).
    pub version: u64,
    /// Sorted entries.
    pub entries: Vec<ManifestEntry>,
}

/// A node of an in-memory tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A file with its content digest.
    File {
        /// Content digest.
        digest: Digest,
        /// Bytes.
        size: u64,
        /// Executable bit.
        exec: bool,
    },
    /// A subdirectory.
    Dir(Tree),
    /// A symbolic link.
    Symlink {
        /// Its target, relative.
        target: String,
    },
}

/// An in-memory directory: entries by name, plus its digest once computed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tree {
    /// Entries by name (a BTreeMap keeps them in manifest order).
    pub entries: BTreeMap<String, Node>,
    /// Digest of this directory's manifest, set by [`Tree::seal`] or when loaded.
    pub digest: Option<Digest>,
    /// Total bytes below.
    pub size: u64,
    /// Total files below.
    pub files: u64,
}

/// Errors reading trees.
#[derive(Debug, thiserror::Error)]
pub enum TreeError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A manifest is malformed or unsafe.
    #[error("manifest {digest} is invalid: {message}")]
    Invalid {
        /// The manifest's digest.
        digest: Digest,
        /// What is wrong.
        message: String,
    },
}

/// Whether `name` is a safe single path component.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0')
}

/// Whether a symlink at `dir_depth` directories below the dataset root, pointing at `target`,
/// stays inside the dataset.
pub fn symlink_stays_inside(dir_depth: usize, target: &str) -> bool {
    if target.is_empty() || target.starts_with('/') || target.contains('\0') {
        return false;
    }
    let mut depth = dir_depth as i64;
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => depth += 1,
        }
    }
    true
}

impl Tree {
    /// Compute digests, sizes and file counts bottom-up; returns every manifest's bytes
    /// (children before parents) so a caller can store them.
    pub fn seal(&mut self) -> Vec<(Digest, Vec<u8>)> {
        let mut out = Vec::new();
        self.seal_into(&mut out);
        out
    }

    fn seal_into(&mut self, out: &mut Vec<(Digest, Vec<u8>)>) {
        let mut entries = Vec::with_capacity(self.entries.len());
        let (mut size, mut files) = (0u64, 0u64);
        for (name, node) in self.entries.iter_mut() {
            let entry = match node {
                Node::File {
                    digest,
                    size: s,
                    exec,
                } => {
                    size += *s;
                    files += 1;
                    ManifestEntry {
                        name: name.clone(),
                        kind: EntryKind::File,
                        digest: Some(*digest),
                        size: Some(*s),
                        files: None,
                        exec: Some(*exec),
                        target: None,
                    }
                }
                Node::Dir(sub) => {
                    sub.seal_into(out);
                    size += sub.size;
                    files += sub.files;
                    ManifestEntry {
                        name: name.clone(),
                        kind: EntryKind::Dir,
                        digest: sub.digest,
                        size: Some(sub.size),
                        files: Some(sub.files),
                        exec: None,
                        target: None,
                    }
                }
                Node::Symlink { target } => ManifestEntry {
                    name: name.clone(),
                    kind: EntryKind::Symlink,
                    digest: None,
                    size: None,
                    files: None,
                    exec: None,
                    target: Some(target.clone()),
                },
            };
            entries.push(entry);
        }
        let manifest = Manifest {
            manifest_type: MANIFEST_TYPE.into(),
            version: 1,
            entries,
        };
        let bytes = records::canonical_bytes(&manifest);
        let digest = Digest::of_bytes(&bytes);
        self.digest = Some(digest);
        self.size = size;
        self.files = files;
        out.push((digest, bytes));
    }

    /// Store every manifest of a sealed tree (children first, so a present root implies a
    /// complete tree). Returns how many were new.
    pub fn store_manifests(
        manifests: &[(Digest, Vec<u8>)],
        store: &Store,
    ) -> Result<usize, StoreError> {
        let mut new = 0;
        for (_, bytes) in manifests {
            if store.put_bytes(bytes, Durability::Batch)?.written {
                new += 1;
            }
        }
        Ok(new)
    }

    /// Load a whole tree from the store, validating every manifest.
    pub fn load(store: &Store, digest: &Digest) -> Result<Tree, TreeError> {
        Self::load_at(store, digest, 0)
    }

    fn load_at(store: &Store, digest: &Digest, depth: usize) -> Result<Tree, TreeError> {
        let manifest = read_manifest(store, digest)?;
        let mut tree = Tree {
            digest: Some(*digest),
            ..Tree::default()
        };
        let invalid = |message: String| TreeError::Invalid {
            digest: *digest,
            message,
        };
        let mut last: Option<&str> = None;
        for e in &manifest.entries {
            if !valid_name(&e.name) {
                return Err(invalid(format!("unsafe entry name {:?}", e.name)));
            }
            if last.is_some_and(|l| l >= e.name.as_str()) {
                return Err(invalid(format!("entries are not sorted at {:?}", e.name)));
            }
            last = Some(&e.name);
            let node = match e.kind {
                EntryKind::File => {
                    let (Some(d), Some(size)) = (e.digest, e.size) else {
                        return Err(invalid(format!("file {:?} lacks a digest or size", e.name)));
                    };
                    tree.size += size;
                    tree.files += 1;
                    Node::File {
                        digest: d,
                        size,
                        exec: e.exec.unwrap_or(false),
                    }
                }
                EntryKind::Dir => {
                    let Some(d) = e.digest else {
                        return Err(invalid(format!("directory {:?} lacks a digest", e.name)));
                    };
                    let sub = Self::load_at(store, &d, depth + 1)?;
                    tree.size += sub.size;
                    tree.files += sub.files;
                    Node::Dir(sub)
                }
                EntryKind::Symlink => {
                    let target = e.target.clone().unwrap_or_default();
                    if !symlink_stays_inside(depth, &target) {
                        return Err(invalid(format!(
                            "symlink {:?} points outside the dataset: {target:?}",
                            e.name
                        )));
                    }
                    Node::Symlink { target }
                }
            };
            tree.entries.insert(e.name.clone(), node);
        }
        Ok(tree)
    }

    /// Every file below, as (relative path, digest, size, exec), in path order.
    pub fn files(&self) -> Vec<(String, Digest, u64, bool)> {
        let mut out = Vec::new();
        self.collect_files("", &mut out);
        out
    }

    fn collect_files(&self, prefix: &str, out: &mut Vec<(String, Digest, u64, bool)>) {
        for (name, node) in &self.entries {
            let path = join(prefix, name);
            match node {
                Node::File { digest, size, exec } => out.push((path, *digest, *size, *exec)),
                Node::Dir(sub) => sub.collect_files(&path, out),
                Node::Symlink { .. } => {}
            }
        }
    }

    /// Every digest the tree needs in the store: manifests and file contents.
    pub fn all_digests(&self, out: &mut Vec<Digest>) {
        if let Some(d) = self.digest {
            out.push(d);
        }
        for node in self.entries.values() {
            match node {
                Node::File { digest, .. } => out.push(*digest),
                Node::Dir(sub) => sub.all_digests(out),
                Node::Symlink { .. } => {}
            }
        }
    }
}

/// Read and parse one manifest.
pub fn read_manifest(store: &Store, digest: &Digest) -> Result<Manifest, TreeError> {
    let bytes = store.get_bytes(digest)?;
    parse_manifest(digest, &bytes)
}

/// Parse manifest bytes already verified to hash to `digest` (e.g. downloaded from a remote
/// before they are stored).
pub fn parse_manifest(digest: &Digest, bytes: &[u8]) -> Result<Manifest, TreeError> {
    let manifest: Manifest = serde_json::from_slice(bytes).map_err(|e| TreeError::Invalid {
        digest: *digest,
        message: e.to_string(),
    })?;
    if manifest.manifest_type != MANIFEST_TYPE || manifest.version != 1 {
        return Err(TreeError::Invalid {
            digest: *digest,
            message: "not an mlo.tree v1 manifest".into(),
        });
    }
    Ok(manifest)
}

/// Whether stored bytes look like a manifest (cheap check before parsing, used by gc).
pub fn looks_like_manifest(bytes: &[u8]) -> bool {
    bytes.starts_with(b"{\"entries\":[") && bytes.ends_with(b"\"type\":\"mlo.tree\",\"version\":1}")
}

/// `a` + `/` + `b`, or `b` when `a` is empty.
pub fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}/{b}")
    }
}

/// How a path differs between two trees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Only in the new tree.
    Added,
    /// In both, with different content.
    Modified,
    /// Only in the old tree.
    Deleted,
    /// Same content moved from another path.
    Renamed,
}

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Relative path (in the new tree for added/modified/renamed).
    pub path: String,
    /// What changed.
    pub change: ChangeKind,
    /// For renames: the old path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Old digest (files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Digest>,
    /// New digest (files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Digest>,
}

/// File-level differences between two sealed trees, descending only into subtrees whose
/// digests differ; deletions and additions of the same content become renames.
pub fn diff(old: &Tree, new: &Tree) -> Vec<Change> {
    let mut changes = Vec::new();
    diff_into(old, new, "", &mut changes);
    detect_renames(&mut changes);
    changes.sort_by(|a, b| a.path.cmp(&b.path));
    changes
}

fn diff_into(old: &Tree, new: &Tree, prefix: &str, out: &mut Vec<Change>) {
    if old.digest.is_some() && old.digest == new.digest {
        return;
    }
    for (name, o) in &old.entries {
        let path = join(prefix, name);
        match (o, new.entries.get(name)) {
            (_, None) => removed(o, &path, out),
            (Node::Dir(a), Some(Node::Dir(b))) => diff_into(a, b, &path, out),
            (Node::File { digest: a, .. }, Some(Node::File { digest: b, .. })) => {
                if a != b {
                    out.push(Change {
                        path,
                        change: ChangeKind::Modified,
                        from: None,
                        old: Some(*a),
                        new: Some(*b),
                    });
                }
            }
            (Node::Symlink { target: a }, Some(Node::Symlink { target: b })) => {
                if a != b {
                    out.push(Change {
                        path,
                        change: ChangeKind::Modified,
                        from: None,
                        old: None,
                        new: None,
                    });
                }
            }
            (o, Some(n)) => {
                removed(o, &path, out);
                added(n, &path, out);
            }
        }
    }
    for (name, n) in &new.entries {
        if !old.entries.contains_key(name) {
            added(n, &join(prefix, name), out);
        }
    }
}

fn removed(node: &Node, path: &str, out: &mut Vec<Change>) {
    match node {
        Node::File { digest, .. } => out.push(Change {
            path: path.into(),
            change: ChangeKind::Deleted,
            from: None,
            old: Some(*digest),
            new: None,
        }),
        Node::Symlink { .. } => out.push(Change {
            path: path.into(),
            change: ChangeKind::Deleted,
            from: None,
            old: None,
            new: None,
        }),
        Node::Dir(t) => {
            for (name, n) in &t.entries {
                removed(n, &join(path, name), out);
            }
        }
    }
}

fn added(node: &Node, path: &str, out: &mut Vec<Change>) {
    match node {
        Node::File { digest, .. } => out.push(Change {
            path: path.into(),
            change: ChangeKind::Added,
            from: None,
            old: None,
            new: Some(*digest),
        }),
        Node::Symlink { .. } => out.push(Change {
            path: path.into(),
            change: ChangeKind::Added,
            from: None,
            old: None,
            new: None,
        }),
        Node::Dir(t) => {
            for (name, n) in &t.entries {
                added(n, &join(path, name), out);
            }
        }
    }
}

fn detect_renames(changes: &mut Vec<Change>) {
    let mut deleted: BTreeMap<Digest, Vec<usize>> = BTreeMap::new();
    for (i, c) in changes.iter().enumerate() {
        if c.change == ChangeKind::Deleted
            && let Some(d) = c.old
        {
            deleted.entry(d).or_default().push(i);
        }
    }
    let mut consumed = vec![false; changes.len()];
    for i in 0..changes.len() {
        if changes[i].change != ChangeKind::Added {
            continue;
        }
        let Some(d) = changes[i].new else { continue };
        if let Some(list) = deleted.get_mut(&d)
            && let Some(j) = list.pop()
        {
            consumed[j] = true;
            let from = changes[j].path.clone();
            let c = &mut changes[i];
            c.change = ChangeKind::Renamed;
            c.from = Some(from);
            c.old = Some(d);
        }
    }
    let mut k = 0;
    changes.retain(|_| {
        let keep = !consumed[k];
        k += 1;
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(s: &str) -> Node {
        Node::File {
            digest: Digest::of_bytes(s.as_bytes()),
            size: s.len() as u64,
            exec: false,
        }
    }

    fn tree(entries: Vec<(&str, Node)>) -> Tree {
        Tree {
            entries: entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            ..Tree::default()
        }
    }

    #[test]
    fn one_changed_file_rewrites_only_its_path() {
        let mut a = tree(vec![
            (
                "x",
                Node::Dir(tree(vec![("1", file("a")), ("2", file("b"))])),
            ),
            ("y", Node::Dir(tree(vec![("3", file("c"))]))),
        ]);
        let mut b = tree(vec![
            (
                "x",
                Node::Dir(tree(vec![("1", file("a")), ("2", file("B"))])),
            ),
            ("y", Node::Dir(tree(vec![("3", file("c"))]))),
        ]);
        let ma = a.seal();
        let mb = b.seal();
        let new: Vec<_> = mb.iter().filter(|m| !ma.contains(m)).collect();
        assert_eq!(new.len(), 2, "only x/ and the root change");
        assert_eq!(a.files, 3);
        let d = diff(&a, &b);
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].path.as_str(), &d[0].change),
            ("x/2", &ChangeKind::Modified)
        );
    }

    #[test]
    fn renames_and_moves_are_detected() {
        let mut a = tree(vec![("a", file("same")), ("gone", file("old"))]);
        let mut b = tree(vec![
            ("sub", Node::Dir(tree(vec![("b", file("same"))]))),
            ("new", file("fresh")),
        ]);
        a.seal();
        b.seal();
        let d = diff(&a, &b);
        let kinds: Vec<_> = d
            .iter()
            .map(|c| (c.path.as_str(), c.change.clone()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("gone", ChangeKind::Deleted),
                ("new", ChangeKind::Added),
                ("sub/b", ChangeKind::Renamed)
            ]
        );
        assert_eq!(d[2].from.as_deref(), Some("a"));
    }

    #[test]
    fn unsafe_names_and_symlinks_are_refused() {
        for bad in ["", ".", "..", "a/b", "a\0"] {
            assert!(!valid_name(bad));
        }
        assert!(symlink_stays_inside(1, "../x"));
        assert!(!symlink_stays_inside(0, "../x"));
        assert!(!symlink_stays_inside(3, "/etc/passwd"));
        assert!(!symlink_stays_inside(1, "a/../../../x"));
    }
}
