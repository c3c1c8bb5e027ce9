"""The peers of bench_linkage.py, run from their own virtualenv (never paxdesk's): recordlinkage and Splink.

    /work/benchenv/bin/python benchmarks/peers_linkage.py recordlinkage|splink EXPORT.csv OUT.json

Each reads the German-style export bench_linkage.py writes (Kd-Nr; Vorname; Nachname; Straße; PLZ; Ort;
Geburtsdatum TT.MM.JJJJ), configured as a competent data engineer would in an hour: lowercase, dates as
ISO, blocking on names / birth date / postcode, Jaro-Winkler and date comparators, unsupervised training
(ECM / EM), pairs with match probability ≥ 0.9. Writes {"pairs": [[id, id], ...], "seconds": s}.
"""

from __future__ import annotations

import json
import sys
import time

import pandas as pd


def read(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    names = {"Kd-Nr": "id", "Kundennummer": "id", "Vorname": "first", "Nachname": "last", "Straße": "street",
             "PLZ": "zip", "Ort": "city", "Geburtsdatum": "birth"}
    df = df[[c for c in df.columns if c in names]].rename(columns=names)
    for column in ("first", "last", "street", "city"):
        df[column] = df[column].str.lower().str.strip()
    birth = pd.to_datetime(df["birth"], format="%d.%m.%Y", errors="coerce")
    for other in ("%Y-%m-%d", "%d.%m.%y"):  # the German exports mix formats
        birth = birth.fillna(pd.to_datetime(df["birth"], format=other, errors="coerce"))
    df["birth"] = birth.dt.strftime("%Y-%m-%d").fillna("")
    df = df.replace("", None)
    return df


def with_recordlinkage(df: pd.DataFrame) -> list[list[str]]:
    import recordlinkage

    df = df.set_index("id")
    indexer = recordlinkage.Index()
    indexer.block("last")
    indexer.block("first")
    indexer.block("birth")
    indexer.block("zip")
    candidates = indexer.index(df)
    compare = recordlinkage.Compare()
    compare.string("first", "first", method="jarowinkler", threshold=0.85, label="first")
    compare.string("last", "last", method="jarowinkler", threshold=0.85, label="last")
    compare.string("street", "street", method="jarowinkler", threshold=0.85, label="street")
    compare.exact("zip", "zip", label="zip")
    compare.string("city", "city", method="jarowinkler", threshold=0.85, label="city")
    compare.exact("birth", "birth", label="birth")
    features = compare.compute(candidates, df)
    classifier = recordlinkage.ECMClassifier(binarize=None)
    matches = classifier.fit_predict(features)
    return [[a, b] for a, b in matches]


def with_splink(df: pd.DataFrame) -> list[list[str]]:
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    settings = SettingsCreator(
        link_type="dedupe_only", unique_id_column_name="id",
        comparisons=[cl.NameComparison("first"), cl.NameComparison("last"),
                     cl.DateOfBirthComparison("birth", input_is_string=True),
                     cl.JaroWinklerAtThresholds("street", [0.9, 0.8]), cl.ExactMatch("zip"),
                     cl.JaroWinklerAtThresholds("city", [0.9])],
        blocking_rules_to_generate_predictions=[block_on("first", "last"), block_on("birth"),
                                                block_on("zip", "street"), block_on("last", "zip")],
        retain_intermediate_calculation_columns=False)
    db = DuckDBAPI()
    linker = Linker(db.register(df), settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match([block_on("first", "last", "birth")], recall=0.8)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("last", "zip"))
    predictions = linker.inference.predict(threshold_match_probability=0.9).as_pandas_dataframe()
    return [[str(a), str(b)] for a, b in zip(predictions["id_l"], predictions["id_r"])]


def main() -> None:
    tool, path, out = sys.argv[1:4]
    start = time.perf_counter()
    df = read(path)
    pairs = with_recordlinkage(df) if tool == "recordlinkage" else with_splink(df)
    with open(out, "w") as fh:
        json.dump({"pairs": pairs, "seconds": time.perf_counter() - start}, fh)


if __name__ == "__main__":
    main()
