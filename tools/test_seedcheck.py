#!/usr/bin/env python3
"""The Python checker on the same bad fixtures as the Java validator (SeedLintTests):
each must be refused with its problem and no other; the good fixture passes.

  python3 tools/test_seedcheck.py
"""
import contextlib, glob, io, os, shutil, sys, tempfile, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seedcheck  # noqa: E402

RES = os.path.join(seedcheck.ROOT, "src", "test", "resources")


def run(files):
    with tempfile.TemporaryDirectory() as tmp:
        for f in glob.glob(os.path.join(RES, "seeds-fixture", "*")):
            shutil.copy(f, tmp)
        for f in files:
            shutil.copy(f, tmp)
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            seedcheck.main(["--seeds", tmp])
        return [l for l in out.getvalue().splitlines() if l]


class BadFixtures(unittest.TestCase):
    def test_good_fixture_passes(self):
        self.assertEqual(run([]), [])

    def test_each_bad_fixture_is_refused_with_its_problem(self):
        cases = sorted(glob.glob(os.path.join(RES, "seeds-bad", "*")))
        self.assertTrue(cases)
        for case in cases:
            with self.subTest(case=os.path.basename(case)):
                expected = [l for l in open(os.path.join(case, "expected.txt"), encoding="utf-8").read().splitlines() if l]
                problems = run(glob.glob(os.path.join(case, "*.yaml")))
                self.assertEqual(len(problems), len(expected), problems)
                for e in expected:
                    self.assertTrue(any(e in p for p in problems), (e, problems))


if __name__ == "__main__":
    unittest.main()
