"""Drives the fleet through its balancer for a while and checks what clients saw.

Readers read lists and crates through the balancer. Writers add crates of their own (slugs no one
else uses) through the balancer; after each acknowledged write, the writer reads the crate back
from each instance that did not take the write, straight from its port, until it is there: the
time that took is the staleness a client of another instance could see. At the end every
acknowledged write must be in the catalog once, and in the change log once.

  python3 bench/fleet-load.py BALANCER_URL INSTANCE_URL,... TOKEN SECONDS READERS WRITERS
Prints one JSON object.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

balancer, instances, token = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
seconds, readers, writers = float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
READS = ["/api/v1/crates?maturity=mature", "/api/v1/crates/tokio", "/api/v1/categories",
         "/api/v1/crates?q=raft", "/api/v1/rings?lang=zh", "/api/v1/crates?sort=-name&limit=5"]

lock = threading.Lock()
statuses = {}
acknowledged = []
unknown = []
staleness = []
never_seen = []
stop_at = time.monotonic() + seconds


class Client:
    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.connection.request(method, path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                data = response.read()
                return response.status, response.headers, data
            except (http.client.HTTPException, ConnectionError) as error:
                self.connection.close()
                self.connection = None
                # a closed keep-alive connection is retried, but never a write that may have landed
                if attempt == 2 or method != "GET":
                    raise error
        raise AssertionError("unreachable")


def count(status):
    with lock:
        statuses[status] = statuses.get(status, 0) + 1


def reader(number):
    client = Client(balancer)
    i = number
    while time.monotonic() < stop_at:
        status, _, _ = client.request("GET", READS[i % len(READS)])
        count(status)
        i += 1


def crate(slug):
    return json.dumps({
        "slug": slug, "name": slug, "category": "rpc", "maturity": "emerging", "ring": "assess",
        "texts": {"en": {"description": "Written by the fleet soak.", "positioning": "-"},
                  "zh": {"description": "由集群压测写入。", "positioning": "-"}},
        "pros": [], "cons": [], "alternatives": [], "platforms": []})


def writer(number):
    client = Client(balancer)
    direct = {url: Client(url) for url in instances}
    n = 0
    while time.monotonic() < stop_at:
        n += 1
        slug = f"soak-{number}-{n}"
        try:
            status, headers, _ = client.request(
                "POST", "/api/v1/crates", crate(slug),
                {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
        except (http.client.HTTPException, ConnectionError, TimeoutError):
            with lock:
                unknown.append(slug)
            continue
        count(status)
        if status != 201:
            continue
        written_at = time.monotonic()
        took = headers.get("X-Served-By", "")
        with lock:
            acknowledged.append(slug)
        for url, other in direct.items():
            if url.endswith(took):
                continue
            while True:
                status, _, _ = other.request("GET", f"/api/v1/crates/{slug}")
                if status == 200:
                    break
                if status != 404:
                    count(status)
                if time.monotonic() - written_at > 30:
                    with lock:
                        never_seen.append(slug)
                    break
                time.sleep(0.002)
            with lock:
                staleness.append(time.monotonic() - written_at)


def listing(client, path):
    items = []
    while path:
        status, headers, body = client.request("GET", path)
        assert status == 200, (path, status)
        page = json.loads(body)
        items += page["items"]
        link = headers.get("Link", "")
        nxt = [part.split(";")[0].strip(" <>") for part in link.split(",") if 'rel="next"' in part]
        path = nxt[0] if nxt else None
    return items


started = time.monotonic()
first = Client(balancer)
_, headers, _ = first.request("GET", "/api/v1/rings")
since = headers["X-Dataset-Revision"]
threads = [threading.Thread(target=reader, args=(i,)) for i in range(readers)]
threads += [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - started

check = Client(instances[0])
slugs = [item["slug"] for item in listing(check, "/api/v1/crates?q=soak-&limit=100")]
creates = [change["slug"] for change in listing(check, f"/api/v1/changes?since={since}&limit=100")
           if change["operation"] == "create"]
acked = set(acknowledged)
staleness.sort()
print(json.dumps({
    "seconds": round(elapsed, 1),
    "requests": sum(statuses.values()),
    "statuses": {str(k): v for k, v in sorted(statuses.items())},
    "server_errors": sum(v for k, v in statuses.items() if k >= 500),
    "writes_acknowledged": len(acked),
    "writes_unknown": len(unknown),
    "lost": sorted(acked - set(slugs))[:10],
    "lost_count": len(acked - set(slugs)),
    "duplicated_in_catalog": len(slugs) - len(set(slugs)),
    "duplicated_in_change_log": len(creates) - len(set(creates)),
    "unacknowledged_but_present": len(set(slugs) - acked - set(unknown)),
    "staleness_ms_max": round(staleness[-1] * 1000, 1) if staleness else None,
    "staleness_ms_p99": round(staleness[int(len(staleness) * 0.99)] * 1000, 1) if staleness else None,
    "staleness_ms_median": round(staleness[len(staleness) // 2] * 1000, 1) if staleness else None,
    "read_backs": len(staleness),
    "never_seen_elsewhere": len(never_seen),
}))
