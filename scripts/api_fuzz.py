"""Property-based fuzzing of the JSON API against its own OpenAPI document.

Starts the service on demo data (SQLite, a temporary folder), signs in as a demo person
and makes a personal access token on the account page (as a person would), then runs
Schemathesis against the served /api/v1/openapi.json with that token for a bounded time.
Fails on any 5xx, on any response that contradicts the document (an undocumented
status, a wrong content type, a body that does not match its schema), and on any request
the document describes as valid being refused (scripts/schemathesis.toml says where a
rule the schema cannot state may refuse one).

Usage: python3 scripts/api_fuzz.py BINARY [--seconds N]
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import requests

DEMO_PASSWORD = "demo-password-2026"
# A council admin and buyer: reaches most of the API's operations.
DEMO_PERSON = "ruth.adeyemi@leeds.gov.uk"
SCOPES = [
    "profiles:read", "profiles:write", "rate-cards:write", "deals:read", "deals:write",
    "opportunities:read", "opportunities:write", "invoices:read", "invoices:write", "maps:read", "maps:write",
]
CHECKS = ",".join([
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "positive_data_acceptance",
])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(binary, folder):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite://{folder}/demo.db",
        BIND=f"127.0.0.1:{port}",
        BASE_URL=base,
        MAIL_FOLDER=f"{folder}/mail",
        SECRETS_KEY_FILE=f"{folder}/secrets.key",
        # The fuzzer sends far more than a person's system would.
        API_REQUESTS_PER_MINUTE="1000000",
        RUST_LOG="warn",
    )
    log = open(f"{folder}/service.log", "w")
    child = subprocess.Popen([binary, "demo", "--demo-password", DEMO_PASSWORD], env=env, stdout=log, stderr=log)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if requests.get(f"{base}/readyz", timeout=2).ok:
                return child, base
        except requests.RequestException:
            pass
        if child.poll() is not None:
            break
        time.sleep(0.3)
    child.kill()
    sys.exit(f"the service did not start; see {folder}/service.log")


def hidden(html, name):
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    return found.group(1) if found else ""


def make_token(base):
    browser = requests.Session()
    page = browser.get(f"{base}/sign-in").text
    signed_in = browser.post(
        f"{base}/sign-in",
        data={"csrf_token": hidden(page, "csrf_token"), "email": DEMO_PERSON, "password": DEMO_PASSWORD},
        allow_redirects=False,
    )
    if signed_in.status_code != 303:
        sys.exit(f"could not sign in as {DEMO_PERSON}: {signed_in.status_code}")
    page = browser.get(f"{base}/account").text
    form = [("csrf_token", hidden(page, "csrf_token")), ("name", "API fuzz"), ("lifetime", "30")]
    form += [("scopes", scope) for scope in SCOPES]
    made = browser.post(f"{base}/account/api-tokens", data=form).text
    token = re.search(r'id="new-token">([^<]+)<', made)
    if not token:
        sys.exit("the account page did not show a new token")
    return token.group(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=int, default=180, help="time budget of the fuzz run")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="microcontracts-fuzz-")
    child, base = start(args.binary, folder)
    try:
        token = make_token(base)
        command = [
            os.path.join(os.path.dirname(sys.executable), "schemathesis"),
            "--config-file", os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemathesis.toml"),
            "run", f"{base}/api/v1/openapi.json",
            "--url", base,
            "--header", f"Authorization: Bearer {token}",
            "--checks", CHECKS,
            "--max-time", str(args.seconds),
            # One worker: Hypothesis's source inspection is not safe across threads.
            "--workers", "1",
            "--request-timeout", "20",
            "--suppress-health-check", "all",
            "--no-color",
        ]
        # Run in the temporary folder: Schemathesis keeps its cache of found failures in
        # the working directory, which must not be the project's.
        result = subprocess.run(command, env=dict(os.environ, SCHEMATHESIS_HOOKS=""), cwd=folder)
        failed = result.returncode != 0
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
    if failed:
        print(f"The API fuzz run found problems (service log: {folder}/service.log)", file=sys.stderr)
        sys.exit(1)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
