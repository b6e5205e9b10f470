//! Object store throughput: put and get of 1 MiB and 256 MiB objects, and hashing a file in
//! place (blake3, memory-mapped and multi-threaded). Run with `cargo bench --bench store`;
//! benches/foundation.sh puts the figures next to `cat` and `b3sum` on the same file.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use mlo::store::{Durability, LinkMode, Store, hash_file};

fn data(size: usize) -> Vec<u8> {
    // Incompressible-ish, deterministic bytes.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..size)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn bench_store(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    for (label, size) in [("1MiB", 1usize << 20), ("256MiB", 256usize << 20)] {
        let bytes = data(size);
        let src = dir.path().join(format!("src-{label}.bin"));
        std::fs::write(&src, &bytes).unwrap();
        group.throughput(Throughput::Bytes(size as u64));

        group.bench_with_input(BenchmarkId::new("hash_file", label), &src, |b, src| {
            b.iter(|| black_box(hash_file(src).unwrap()));
        });

        group.bench_with_input(BenchmarkId::new("put_file_new", label), &src, |b, src| {
            b.iter_batched(
                || {
                    let root = tempfile::tempdir_in(dir.path()).unwrap();
                    let store = Store::new(root.path().join("objects"), root.path().join("tmp"));
                    store.create_dirs().unwrap();
                    (root, store)
                },
                |(root, store)| {
                    black_box(
                        store
                            .put_file(src, LinkMode::Copy, Durability::Batch)
                            .unwrap(),
                    );
                    root
                },
                criterion::BatchSize::PerIteration,
            );
        });

        let root = tempfile::tempdir_in(dir.path()).unwrap();
        let store = Store::new(root.path().join("objects"), root.path().join("tmp"));
        store.create_dirs().unwrap();
        let put = store.put_bytes(&bytes, Durability::Batch).unwrap();
        group.bench_with_input(
            BenchmarkId::new("put_existing", label),
            &bytes,
            |b, bytes| {
                b.iter(|| black_box(store.put_bytes(bytes, Durability::Batch).unwrap()));
            },
        );
        group.bench_with_input(
            BenchmarkId::new("get_verified", label),
            &put.digest,
            |b, d| {
                b.iter(|| black_box(store.get_bytes(d).unwrap()));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench_store);
criterion_main!(benches);
