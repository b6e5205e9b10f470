//! Link strategies: how a file's bytes get from the workspace into the store's staging area.
//! `reflink` clones copy-on-write (btrfs, XFS, APFS) and falls back; `hardlink` shares the
//! inode (no copy, and the workspace file becomes the read-only object); `copy` copies with
//! the kernel's `copy_file_range` through `std::fs::copy`. `auto` tries reflink, then hard
//! link, then copy: no bytes are copied where the filesystem allows it (the workspace file then
//! becomes read-only, so an edit in place cannot corrupt the store; `mlo data unprotect` gives
//! a writable copy back).

use std::fs;
use std::io;
use std::path::Path;

/// How to bring a file into the store.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum LinkMode {
    /// Reflink where the filesystem can, else hard link, else copy.
    #[default]
    Auto,
    /// Copy-on-write clone only (fails where unsupported).
    Reflink,
    /// Hard link (the source becomes the read-only object), falling back to copy across
    /// filesystems.
    Hardlink,
    /// Always copy.
    Copy,
}

impl LinkMode {
    /// The config spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkMode::Auto => "auto",
            LinkMode::Reflink => "reflink",
            LinkMode::Hardlink => "hardlink",
            LinkMode::Copy => "copy",
        }
    }
}

/// Put `source`'s bytes at `dest` (a fresh path in `tmp/`) and say which strategy was used.
/// A copy that fails midway (a full disk) removes what it wrote.
pub fn stage(source: &Path, dest: &Path, mode: LinkMode) -> io::Result<LinkMode> {
    match mode {
        LinkMode::Auto => match try_reflink(source, dest) {
            Ok(()) => Ok(LinkMode::Reflink),
            Err(_) => stage(source, dest, LinkMode::Hardlink),
        },
        LinkMode::Reflink => try_reflink(source, dest).map(|()| LinkMode::Reflink),
        LinkMode::Hardlink => match fs::hard_link(source, dest) {
            Ok(()) => Ok(LinkMode::Hardlink),
            // EXDEV: `tmp/` and the source are on different filesystems.
            Err(e) if e.raw_os_error() == Some(18) => copy(source, dest),
            Err(e) => Err(e),
        },
        LinkMode::Copy => copy(source, dest),
    }
}

/// Copy `source` to the fresh path `dest`, leaving nothing at `dest` if it fails.
fn copy(source: &Path, dest: &Path) -> io::Result<LinkMode> {
    match fs::copy(source, dest) {
        Ok(_) => Ok(LinkMode::Copy),
        Err(e) => {
            let _ = fs::remove_file(dest);
            Err(e)
        }
    }
}

/// A copy-on-write clone; fails (and `auto` copies instead) on filesystems without reflinks
/// such as ext4.
fn try_reflink(source: &Path, dest: &Path) -> io::Result<()> {
    reflink_copy::reflink(source, dest)
}
