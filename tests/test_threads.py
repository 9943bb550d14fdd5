"""The API called from several threads at once (a notebook, a web service, a scorer): the
lazily built shared parts (pint's registry, the exchange rates, the compiled patterns) are
built once, and every call gives the answer it gives alone."""
import subprocess
import sys

SCRIPT = r'''
import threading, json
import tradecheck
texts = ["Exports to the euro area rose to EUR 4.2 billion in 2021, from EUR 3.9 billion in 2020.",
         "Trade between Kenya and Uganda reached KES 12 billion in 2022, up from KES 10 billion in 2021.",
         "Imports from China cost 1.63 trillion yuan in 2023, and exports were $5bn.",
         "Bilateral trade hit GBP 2.5 billion in 2022, twice the 2019 level of GBP 1.2 billion."] * 3
start = threading.Barrier(len(texts))
out, errors = [None] * len(texts), []
def run(i):
    start.wait()
    try:
        out[i] = json.dumps(tradecheck.verify_text(texts[i], reference="none").to_dict(), sort_keys=True)
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
for t in threads: t.start()
for t in threads: t.join()
alone = [json.dumps(tradecheck.verify_text(t, reference="none").to_dict(), sort_keys=True) for t in texts]
print(json.dumps({"errors": errors, "same": out == alone}))
'''


def test_threads_in_a_fresh_process_agree_with_one_at_a_time():
    import json

    for _ in range(2):
        run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
        result = json.loads(run.stdout.strip().splitlines()[-1])
        assert result == {"errors": [], "same": True}, run.stderr[-2000:]
