//! The object store under crashes and concurrency: stale staging files, and readers that
//! must never see a half-written object.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use mlo::store::{Digest, Durability, LinkMode, Store};

use super::Sandbox;

#[test]
fn a_stale_staging_file_is_ignored_and_cleaned() {
    let s = Sandbox::repo();
    // What a process killed mid-write leaves: a partial file named after a dead pid.
    let stale = s.join(".mlo/tmp/4194303-0-deadbeef.tmp");
    std::fs::write(&stale, vec![7u8; 1000]).unwrap();
    let v = s.json(&["status"]);
    assert_eq!(v["objects"]["objects"], 0, "staging files are not objects");
    assert_eq!(v["cleaned_tmp"], 1);
    assert!(!stale.exists());
    s.mlo(&["fsck"]).assert().success();
}

#[test]
fn put_is_idempotent_and_objects_are_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("objects"), dir.path().join("tmp"));
    store.create_dirs().unwrap();
    let a = store.put_bytes(b"hello", Durability::Sync).unwrap();
    assert!(a.written);
    let b = store.put_bytes(b"hello", Durability::Sync).unwrap();
    assert!(!b.written);
    assert_eq!(a.digest, Digest::of_bytes(b"hello"));
    let meta = std::fs::metadata(store.object_path(&a.digest)).unwrap();
    assert!(meta.permissions().readonly());
    assert_eq!(store.get_bytes(&a.digest).unwrap(), b"hello");
    assert_eq!(store.tmp_count(), 0);

    let src = dir.path().join("file.bin");
    std::fs::write(&src, vec![1u8; 3 << 20]).unwrap();
    for mode in [LinkMode::Auto, LinkMode::Copy, LinkMode::Hardlink] {
        let out = store.put_file(&src, mode, Durability::Sync).unwrap();
        assert_eq!(out.digest, Digest::of_bytes(&vec![1u8; 3 << 20]));
        assert_eq!(out.size, 3 << 20);
    }
    store
        .verify_object(&Digest::of_bytes(&vec![1u8; 3 << 20]))
        .unwrap();
    assert_eq!(store.tmp_count(), 0);
}

#[test]
fn readers_never_see_a_half_object() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::new(
        dir.path().join("objects"),
        dir.path().join("tmp"),
    ));
    store.create_dirs().unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let store = store.clone();
        let done = done.clone();
        std::thread::spawn(move || {
            let mut checked = 0;
            while !done.load(Ordering::Relaxed) {
                for (digest, _) in store.list().unwrap() {
                    // Every visible object hashes to its name.
                    store.verify_object(&digest).unwrap();
                    checked += 1;
                }
            }
            checked
        })
    };
    for i in 0..20u8 {
        let data: Vec<u8> = (0..(4 << 20)).map(|j: u32| (j as u8) ^ i).collect();
        store.put_reader(&data[..], Durability::Batch).unwrap();
    }
    store.sync().unwrap();
    done.store(true, Ordering::Relaxed);
    let checked = reader.join().unwrap();
    assert!(checked > 0 || store.list().unwrap().len() == 20);
    assert_eq!(store.list().unwrap().len(), 20);
}

#[test]
fn corruption_is_reported_by_digest() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("objects"), dir.path().join("tmp"));
    store.create_dirs().unwrap();
    let out = store.put_bytes(b"original", Durability::Sync).unwrap();
    let path = store.object_path(&out.digest);
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
    std::fs::write(&path, b"tampered").unwrap();
    let err = store.get_bytes(&out.digest).unwrap_err();
    assert!(err.to_string().contains(&out.digest.to_hex()) && err.to_string().contains("corrupt"));
    let report = store.verify(|_| {}).unwrap();
    assert_eq!(report.corrupt.len(), 1);
    assert_eq!(report.corrupt[0].0, out.digest);
}
