#!/usr/bin/env python3
"""Write tests/fixtures/parquet/: Parquet copies of CSV fixtures, so the Rust tests can check
that `mlo monitor drift` and `mlo data validate` give the same results from Parquet as from
the same data in CSV (an independent path: pandas/pyarrow write the file, mlo's reader
reads it).

Run from the crate root in a throwaway virtualenv:

    python3 -m venv /tmp/pq
    /tmp/pq/bin/pip install pyarrow pandas
    /tmp/pq/bin/python scripts/make_parquet_fixtures.py

Files (pandas defaults: Snappy compression, int64/float64/string columns):
  small_reference.parquet, small_current.parquet   from tests/fixtures/monitor/small_*.csv
  large_reference.parquet, large_current.parquet   from tests/fixtures/monitor/large_*.csv
  validate.parquet / validate.csv                  a table with nulls and a bad value for
                                                   `mlo data validate` (the CSV is written
                                                   here too, from the same DataFrame)
"""

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
MONITOR = ROOT / "tests" / "fixtures" / "monitor"
OUT = ROOT / "tests" / "fixtures" / "parquet"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name in ["small_reference", "small_current", "large_reference", "large_current"]:
        df = pd.read_csv(MONITOR / f"{name}.csv")
        df.to_parquet(OUT / f"{name}.parquet", index=False, compression="snappy")
    # A table for `mlo data validate`: an integer id, a text column `age` holding one
    # non-number and a null, a category and a code.
    df = pd.DataFrame(
        {
            "id": pd.array([1, 2, 2, 4], dtype="int64"),
            "age": pd.array(["30", "-1", "abc", None], dtype="string"),
            "color": ["red", "blue", "green", "red"],
            "code": ["AB", "ab", "CD", "EF"],
        }
    )
    df.to_parquet(OUT / "validate.parquet", index=False, compression="snappy")
    df.to_csv(OUT / "validate.csv", index=False)
    for p in sorted(OUT.iterdir()):
        print(p.relative_to(ROOT), p.stat().st_size)


if __name__ == "__main__":
    main()
