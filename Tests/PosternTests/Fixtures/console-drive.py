#!/usr/bin/env python3
"""Drives Postern's console in a real headless Chromium (Selenium, Debian's chromium and
chromium-driver) as a person would, doing the customer's half in between with the real aws
command and Alibaba Cloud's SDK (alibaba-sdk.py beside this file).

    console-drive.py SCENARIO --console URL --cloud URL --dns PORT --shots DIR --args JSON

Scenarios: seed000, seed004, seed002, roles. Prints one JSON line last; exits 1 with the
step that failed otherwise. Every page's request must go to the console's own origin."""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import time
import urllib.parse

import pexpect
from selenium import webdriver
from selenium.common.exceptions import ElementClickInterceptedException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))


class Failure(Exception):
    pass


class Console:
    def __init__(self, options):
        self.base = options.console.rstrip("/")
        self.cloud = options.cloud
        self.dns = options.dns
        self.shots = options.shots
        os.makedirs(self.shots, exist_ok=True)
        chrome = webdriver.ChromeOptions()
        chrome.binary_location = "/usr/bin/chromium"
        for argument in [
            "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,960",
            "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--disable-component-update", "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
            "--disable-client-side-phishing-detection", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ]:
            chrome.add_argument(argument)
        chrome.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=chrome)
        self.driver.set_page_load_timeout(60)
        self.step = "starting"

    # --- the browser ---------------------------------------------------------------------

    def wait(self, what, condition, timeout=60):
        self.step = what
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.2, ignored_exceptions=[StaleElementReferenceException]).until(
                lambda _: condition())
        except TimeoutException:
            raise Failure(f"timed out after {timeout} s waiting for {what}; the page says: {self.text()[:1500]}")

    def text(self, css="body"):
        try:
            return self.driver.find_element(By.CSS_SELECTOR, css).text
        except Exception:
            return ""

    def lacks(self, css, value):
        """Whether `css` is on the page and its text does not hold `value` (a missing element is not proof)."""
        elements = self.driver.find_elements(By.CSS_SELECTOR, css)
        return bool(elements) and value not in elements[0].text

    def find(self, css, timeout=60):
        return self.wait(f"{css} on the page", lambda: self.visible(css), timeout)

    def visible(self, css):
        for element in self.driver.find_elements(By.CSS_SELECTOR, css):
            if element.is_displayed():
                return element
        return None

    def button(self, label, within="body", timeout=60):
        """A visible, enabled button (or link styled as one) whose text is `label`."""
        def found():
            scope = self.driver.find_element(By.CSS_SELECTOR, within)
            for element in scope.find_elements(By.XPATH, f".//*[self::button or self::a][normalize-space()={json.dumps(label)}]"):
                if element.is_displayed() and element.is_enabled():
                    return element
            return None
        return self.wait(f"the {label} button", found, timeout)

    def again(self, what, action, attempts=5):
        """`action()`, tried again when the page redrew what it was about to click (a live update)."""
        for attempt in range(attempts):
            try:
                return action()
            except (StaleElementReferenceException, ElementClickInterceptedException):
                if attempt == attempts - 1:
                    raise Failure(f"{what}: the page kept redrawing it")
                time.sleep(0.3)

    def click(self, label, within="body", timeout=60):
        self.again(f"clicking {label}", lambda: self.button(label, within, timeout).click())

    def link(self, text):
        self.again(f"clicking the link {text}", lambda: self.wait(f"the link {text}", lambda: self.visible_link(text)).click())

    def visible_link(self, text):
        for element in self.driver.find_elements(By.LINK_TEXT, text):
            if element.is_displayed():
                return element
        return None

    def type(self, css, value):
        element = self.find(css)
        element.clear()
        element.send_keys(value)
        return element

    def go(self, fragment):
        self.driver.get(f"{self.base}/console/{fragment}")

    def shot(self, name):
        path = os.path.join(self.shots, f"{name}.png")
        self.driver.save_screenshot(path)
        return path

    def row(self, table_css, contains):
        for row in self.driver.find_elements(By.CSS_SELECTOR, f"{table_css} tbody tr"):
            if contains in row.text:
                return row
        return None

    def row_state(self, table_css, contains):
        row = self.row(table_css, contains)
        if row is None:
            return None
        badges = row.find_elements(By.CSS_SELECTOR, "[data-state]")
        return badges[0].get_attribute("data-state") if badges else None

    def wait_state(self, table_css, contains, state, timeout=90):
        return self.wait(f"{contains} to be {state} in {table_css}", lambda: self.row_state(table_css, contains) == state, timeout)

    def menu(self, table_css, contains, item):
        def choose():
            row = self.wait(f"the row of {contains}", lambda: self.row(table_css, contains))
            row.find_element(By.CSS_SELECTOR, "details.menu summary").click()
            # The row's own elements, so a redraw raises StaleElementReference and the whole choice is made again.
            for _ in range(50):
                choice = next((b for b in row.find_elements(By.CSS_SELECTOR, ".menu-items button") if b.is_displayed() and b.text == item), None)
                if choice:
                    choice.click()
                    return
                time.sleep(0.2)
            raise Failure(f"no {item} in the menu of {contains}: {row.text}")
        self.again(f"{item} in the menu of {contains}", choose)

    def menu_items(self, table_css):
        """Every item of every row menu in the table."""
        items = set()
        for summary in self.driver.find_elements(By.CSS_SELECTOR, f"{table_css} details.menu summary"):
            summary.click()
            details = summary.find_element(By.XPATH, "..")
            items.update(b.text for b in details.find_elements(By.CSS_SELECTOR, ".menu-items button"))
            summary.send_keys(Keys.ESCAPE)
            self.driver.execute_script("arguments[0].removeAttribute('open')", details)
        return items

    def sign_in(self, public_key, private_key, keyboard=False):
        self.go("")
        self.type("input[name=publicKey]", public_key)
        secret = self.type("input[name=privateKey]", private_key)
        if keyboard:
            secret.send_keys(Keys.ENTER)
        else:
            self.click("Sign In")
        self.find("#cluster-switcher")
        self.wait("the clusters list", lambda: self.visible("table#clusters"))

    def sign_out(self):
        self.click("Sign Out")
        self.find("input[name=publicKey]")

    def dialog(self):
        return self.find("dialog[open]")

    def requests_elsewhere(self):
        """Every URL the browser asked for that is not the console's own origin."""
        elsewhere = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                if not (url.startswith(self.base + "/") or url.startswith("data:") or url == "about:blank"):
                    elsewhere.append(url)
        return elsewhere

    def console_errors(self):
        """What the page logged as errors, less the refusals the scenarios cause on purpose."""
        expected = ("status of 401", "status of 403", "favicon.ico - Failed to load resource")
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"
                and not any(text in entry["message"] for text in expected)]

    def quit(self):
        try:
            self.driver.quit()
        except Exception:
            pass

    # --- the customer's half -----------------------------------------------------------------

    def aws(self, arguments, account, region):
        environment = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
        environment.update({
            "AWS_ACCESS_KEY_ID": account, "AWS_SECRET_ACCESS_KEY": "secret", "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_PAGER": "", "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_ENDPOINT_URL": self.cloud, "AWS_DEFAULT_REGION": region, "AWS_MAX_ATTEMPTS": "1",
        })
        self.step = f"aws {' '.join(arguments)}"
        result = subprocess.run(["aws", "--output", "json"] + arguments, env=environment, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise Failure(f"aws {' '.join(arguments)} failed ({result.returncode}): {result.stderr}")
        return json.loads(result.stdout) if result.stdout.strip() else {}

    def dig(self, name, source=None):
        arguments = ["dig", "@127.0.0.1", "-p", str(self.dns), "+short", "+time=2", "+tries=2"]
        if source:
            arguments += ["-b", source]
        result = subprocess.run(arguments + [name], capture_output=True, text=True, timeout=30)
        addresses = [line for line in result.stdout.split() if re.fullmatch(r"\d+\.\d+\.\d+\.\d+", line)]
        if not addresses:
            raise Failure(f"{name} does not resolve at 127.0.0.1:{self.dns}{' from ' + source if source else ''}: {result.stdout}{result.stderr}")
        return addresses


def seed000(console, a):
    console.sign_in(a["publicKey"], a["privateKey"])
    console.shot("clusters")
    cluster = a["clusterId"]
    console.link(a["clusterName"])
    console.find("#connect")
    console.shot("dedicated-overview")
    console.link("Networking")
    console.wait("the service to be ready", lambda: "TiDB Private Link Service is ready" in console.text("#private-link-service"))
    console.wait("Not Configured", lambda: console.visible("#private-endpoints [data-state=NOT_CONFIGURED]"))
    service_name = console.find("#private-link-service [data-field=service-name]").text
    console.shot("dedicated-networking")

    # Step 1 to 3: the cluster, the region (locked), the interface endpoint's command.
    console.click("Create Private Endpoint Connection")
    console.find(".flow li[aria-current=step]")
    console.click("Next")
    region = console.find("select#region")
    if region.is_enabled():
        raise Failure("the region can be changed in step 2; it must be locked to the cluster's")
    console.click("Next")
    console.find("#service-ready")
    waiting = console.find("#create-command code")
    if waiting.get_attribute("data-command") != "waiting":
        raise Failure("the command can be copied before Your VPC ID and Your Subnet IDs are filled in")
    console.type("#vpc-id", a["vpcId"])
    console.type("#subnet-ids", " ".join(a["subnetIds"]))
    console.wait("the command to be ready", lambda: console.find("#create-command code").get_attribute("data-command") == "ready")
    shown = console.find("#create-command code").text
    expected = (f"aws ec2 create-vpc-endpoint --vpc-id {a['vpcId']} --region us-west-2 --service-name {service_name} "
                f"--vpc-endpoint-type Interface --subnet-ids {' '.join(a['subnetIds'])}")
    if shown != expected:
        raise Failure(f"the generated command is\n{shown}\nnot\n{expected}")
    console.shot("endpoint-step-3")
    words = shlex.split(shown)
    made = console.aws(words[1:], a["customer"], "us-west-2")["VpcEndpoint"]
    endpoint = made["VpcEndpointId"]
    console.aws(["ec2", "modify-vpc-endpoint", "--vpc-endpoint-id", endpoint, "--add-security-group-ids", a["securityGroupId"]], a["customer"], "us-west-2")
    console.click("Next")

    # Step 4: a malformed id is refused inline; a well-formed one that never asked fails, and Edit retries it.
    console.type("#endpoint-id", "vpce-nothex!")
    console.wait("the format check", lambda: "hexadecimal" in console.text("#endpoint-id-check"))
    if console.find("#create-connection").is_enabled():
        raise Failure("Create Private Endpoint Connection is enabled with a malformed endpoint id")
    wrong = "vpce-0123456789abcdef0"
    console.type("#endpoint-id", wrong)
    console.click("Create Private Endpoint Connection")
    console.find("#dns-command")
    console.go(f"#/c/dedicated/{cluster}/networking")
    console.wait_state("#private-endpoints", wrong, "FAILED", timeout=90)
    message = console.row("#private-endpoints", wrong).text
    if "has not asked for" not in message:
        raise Failure(f"the Failed row does not say why: {message}")
    console.shot("endpoint-failed")
    console.menu("#private-endpoints", wrong, "Edit")
    console.find("#last-failure")
    console.type("#endpoint-id", endpoint)
    console.click("Retry Private Endpoint Connection")

    # Step 5: private DNS with the command shown, then Active.
    dns = console.find("#dns-command code").text
    if dns != f"aws ec2 modify-vpc-endpoint --vpc-endpoint-id {endpoint} --private-dns-enabled":
        raise Failure(f"the private DNS command is {dns}")
    console.aws(shlex.split(dns)[1:], a["customer"], "us-west-2")
    console.wait("the endpoint to be Active", lambda: console.visible("#connection-status [data-state=ACTIVE]"), timeout=90)
    console.shot("endpoint-step-5")

    # Connect: the MySQL CLI string, used by mysql through the endpoint.
    console.click("Connect")
    console.dialog()
    mysql = console.find("dialog[open] .connect-output code").text
    console.shot("connect")
    words = shlex.split(mysql)
    host = words[words.index("-h") + 1]
    regional = console.aws(["ec2", "describe-vpc-endpoints", "--vpc-endpoint-ids", endpoint], a["customer"], "us-west-2")["VpcEndpoints"][0]["DnsEntries"][0]["DnsName"]
    address = console.dig(regional)[0]
    view = "127.%s.0.10" % address.split(".")[1]
    inside = console.dig(host, source=view)[0]
    words[words.index("-h") + 1] = inside
    console.step = f"mysql through {host} ({inside})"
    child = pexpect.spawn(words[0], words[1:] + ["-N", "-B", "-e", "SELECT 40 + 2"], timeout=30, encoding="utf-8")
    child.expect("Enter password:")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    if child.exitstatus != 0 or "42" not in child.before:
        raise Failure(f"{mysql} (host {inside}) did not answer: {child.before}")
    console.driver.find_element(By.CSS_SELECTOR, "dialog[open] .dialog-head button").click()

    # The endpoint's detail: the bytes mysql just moved, and who did what.
    console.go(f"#/c/dedicated/{cluster}/networking")
    console.wait_state("#private-endpoints", endpoint, "ACTIVE")
    console.menu("#private-endpoints", endpoint, "Details")
    console.wait("the bytes mysql moved", lambda: console.text("dialog[open] [data-usage=bytes]") not in ("", "0 B"))
    events = console.text("dialog[open] .events")
    if "registered" not in events or a["publicKey"] not in events:
        raise Failure(f"the endpoint's events do not say who registered it: {events}")
    console.shot("endpoint-detail")
    console.driver.find_element(By.CSS_SELECTOR, "dialog[open] .dialog-head button").click()
    console.go("#/network-access")
    console.wait_state("#network-access", endpoint, "ACTIVE")
    console.shot("network-access")
    return {"endpointId": endpoint, "host": host, "mysql": mysql}


def seed004(console, a):
    console.sign_in(a["publicKey"], a["privateKey"])
    console.go(f"#/c/essential/{a['clusterId']}/networking")
    console.click("Create Private Link Connection")
    dialog = console.dialog()
    options = [option.text for option in dialog.find_elements(By.CSS_SELECTOR, "select[name=type] option")]
    if options != ["AWS Endpoint Service"]:
        raise Failure(f"the connection types offered on an AWS cluster are {options}")
    principal = console.wait("the platform's principal", lambda: console.visible("dialog[open] [data-field=account]")).text
    zones = console.find("dialog[open] [data-field=zones]").text
    if not re.fullmatch(r"arn:aws:iam::\d{12}:root", principal) or not zones.startswith("usw2-az"):
        raise Failure(f"the dialog's bottom shows {principal} and {zones}")
    console.aws(["ec2", "modify-vpc-endpoint-service-permissions", "--service-id", a["serviceId"], "--add-allowed-principals", principal], a["provider"], "us-west-2")
    console.type("dialog[open] input[name=displayName]", "rds-link")
    console.type("dialog[open] input[name=endpointServiceName]", a["serviceName"])
    console.shot("create-private-link-connection")
    console.click("Create", within="dialog[open]")
    console.wait_state("#private-link-connections", "rds-link", "PENDING_ACCEPTANCE")
    connections = console.aws(["ec2", "describe-vpc-endpoint-connections", "--filters", f"Name=service-id,Values={a['serviceId']}"], a["provider"], "us-west-2")
    endpoint = connections["VpcEndpointConnections"][0]["VpcEndpointId"]
    console.aws(["ec2", "accept-vpc-endpoint-connections", "--service-id", a["serviceId"], "--vpc-endpoint-ids", endpoint], a["provider"], "us-west-2")
    console.wait_state("#private-link-connections", "rds-link", "ACTIVE")

    console.menu("#private-link-connections", "rds-link", "Attach Domains")
    unique = console.wait("the dry run's unique name", lambda: console.visible("dialog[open] [data-field=unique-name]")).text
    domains = [item.text for item in console.driver.find_elements(By.CSS_SELECTOR, "dialog[open] .domains code")]
    if not domains or not all(unique in domain and domain.endswith(".aws.plc.tidbcloud.com") for domain in domains):
        raise Failure(f"the preview shows {domains} for {unique}")
    console.shot("attach-domains")
    console.click("Attach Domains", within="dialog[open]")
    console.wait("the managed domains", lambda: unique in console.text("#private-link-connections"))
    console.menu("#private-link-connections", "rds-link", "Attach Domains")
    console.dialog().find_element(By.CSS_SELECTOR, "input[value=CONFLUENT]").click()
    console.type("dialog[open] input[name=uniqueName]", "domnprzqrog.us-west-2")
    console.click("Attach Domains", within="dialog[open]")
    console.wait("the Confluent domains", lambda: "domnprzqrog.us-west-2" in console.text("#private-link-connections"))
    console.shot("private-link-connections")

    for name in ["domnprzqrog.us-west-2", unique]:
        console.menu("#private-link-connections", "rds-link", "Detach Domains")
        dialog = console.dialog()
        for label in dialog.find_elements(By.CSS_SELECTOR, "label.radio"):
            if name in label.text:
                label.find_element(By.CSS_SELECTOR, "input").click()
        console.click("Detach Domains", within="dialog[open]")
        console.wait(f"{name} to be detached", lambda: console.lacks("#private-link-connections table", name))

    console.menu("#private-link-connections", "rds-link", "Details")
    console.wait("the events", lambda: "Created" in console.text("dialog[open] .events") or "ACTIVE" in console.text("dialog[open] .events").upper())
    console.find("dialog[open] svg.chart")
    console.shot("private-link-connection-detail")
    console.driver.find_element(By.CSS_SELECTOR, "dialog[open] .dialog-head button").click()
    console.menu("#private-link-connections", "rds-link", "Delete")
    console.click("Delete", within="dialog[open]")
    console.wait("the connection to be gone", lambda: console.lacks("#private-link-connections table", "rds-link"), timeout=90)
    return {"endpointId": endpoint, "uniqueName": unique}


def seed002(console, a):
    console.sign_in(a["publicKey"], a["privateKey"])
    console.go(f"#/c/premium/{a['tidbId']}/networking")
    console.wait("the service to be ready", lambda: "TiDB Private Link Service is ready" in console.text("#private-link-service"))
    service_name = console.find("#private-link-service [data-field=service-name]").text
    zone = console.find("#private-link-service [data-field=zones]").text.split()[0]
    region = console.find("#private-link-service [data-field=region]").text
    console.shot("premium-networking")
    console.step = "the customer's endpoint (alibaba-sdk.py endpoint)"
    result = subprocess.run(
        ["python3", os.path.join(HERE, "alibaba-sdk.py"), "endpoint", "--endpoint", console.cloud.replace("http://", ""),
         "--credentials", a["credentials"], "--region", region, "--uid", a["customer"], "--service-name", service_name,
         "--zones", zone, "--cidr", "172.16.0.0/16", "--listener-port", "4000"], capture_output=True, text=True, timeout=180)
    if result.returncode != 0:
        raise Failure(f"alibaba-sdk.py endpoint failed: {result.stdout}{result.stderr}")
    endpoint = json.loads(result.stdout.strip().split("\n")[-1])
    console.click("Create Alibaba Cloud Private Endpoint Connection")
    console.type("dialog[open] input[name=endpointId]", "vpce-0123456789abcdef0")
    console.type("dialog[open] input[name=privateDomainName]", endpoint["domain"])
    console.click("Create Private Endpoint Connection", within="dialog[open]")
    console.wait("the Endpoint Resource ID check", lambda: "Endpoint ID" in console.text("dialog[open] .error"))
    console.type("dialog[open] input[name=endpointId]", endpoint["endpointId"])
    console.shot("alibaba-endpoint-dialog")
    console.click("Create Private Endpoint Connection", within="dialog[open]")
    console.wait_state("#private-endpoints", endpoint["endpointId"], "ACTIVE", timeout=90)
    row = console.row("#private-endpoints", endpoint["endpointId"]).text
    if endpoint["domain"] not in row:
        raise Failure(f"the Active row does not show the host {endpoint['domain']}: {row}")
    console.shot("premium-endpoint-active")
    console.menu("#private-endpoints", endpoint["endpointId"], "Details")
    console.wait("the endpoint's events", lambda: "registered" in console.text("dialog[open] .events"))
    console.find("dialog[open] [data-usage=hours]")
    console.driver.find_element(By.CSS_SELECTOR, "dialog[open] .dialog-head button").click()
    return {"endpointId": endpoint["endpointId"], "domain": endpoint["domain"]}


def roles(console, a):
    # A Project Member: no private endpoint changes (owners only), so no create, edit or delete there.
    console.sign_in(a["member"]["publicKey"], a["member"]["privateKey"])
    for kind, cluster, endpoint in [("dedicated", a["dedicatedId"], a["endpointId"]), ("premium", a["tidbId"], a["premiumEndpointId"])]:
        console.go(f"#/c/{kind}/{cluster}/networking")
        console.wait(f"the {kind} endpoint {endpoint}", lambda: console.row("#private-endpoints", endpoint) is not None)
        if console.visible("#create-endpoint"):
            raise Failure(f"a Project Member sees the create button on the {kind} networking page")
        items = console.menu_items("#private-endpoints")
        if items & {"Delete", "Edit"}:
            raise Failure(f"a Project Member's {kind} endpoint menu offers {items}")
    console.shot("member-dedicated")
    console.go(f"#/c/essential/{a['essentialId']}/networking")
    console.button("Create Private Link Connection")
    # A forged change without the CSRF token is refused, as a form post and as a script's call.
    forged = console.driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'}, credentials: 'same-origin',
          body: JSON.stringify({privateLinkConnection: {clusterId: arguments[1], displayName: 'forged', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: {name: 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0'}}})})
          .then(async (r) => done({status: r.status, body: await r.text()})).catch((e) => done({status: 0, body: String(e)}));
    """, f"/v1beta1/clusters/{a['essentialId']}/privateLinkConnections", a["essentialId"])
    if forged["status"] != 403 or "X-CSRF-Token" not in forged["body"]:
        raise Failure(f"a change without the CSRF token was answered {forged}")
    console.driver.execute_script("""
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = arguments[0];
        const input = document.createElement('input');
        input.name = 'displayName';
        input.value = 'forged-form';
        form.append(input);
        document.body.append(form);
        form.submit();
    """, f"/v1beta1/clusters/{a['essentialId']}/privateLinkConnections")
    # The browser sends a form post from a no-referrer page with Origin: null, so either check refuses it.
    console.wait("the form post's refusal", lambda: '"code":7' in console.text() and ("X-CSRF-Token" in console.text() or "Origin" in console.text()))
    form_answer = console.text()
    console.go("")
    console.find("#cluster-switcher")
    console.sign_out()

    # A Project Viewer reads everything and changes nothing; signed in and driven by keyboard alone.
    console.sign_in(a["viewer"]["publicKey"], a["viewer"]["privateKey"], keyboard=True)
    console.go(f"#/c/essential/{a['essentialId']}/networking")
    console.wait("the connections", lambda: "viewer-visible" in console.text("#private-link-connections"))
    if "Create Private Link Connection" in console.text("main"):
        raise Failure("a Project Viewer sees Create Private Link Connection")
    items = console.menu_items("#private-link-connections")
    if items & {"Delete", "Attach Domains", "Detach Domains"} or "Details" not in items:
        raise Failure(f"a Project Viewer's connection menu offers {items}")
    summary = console.find("#private-link-connections details.menu summary")
    summary.send_keys(Keys.ENTER)
    details_item = console.wait("the menu opened by keyboard", lambda: console.visible("#private-link-connections .menu-items button"))
    details_item.send_keys(Keys.ENTER)
    console.wait("the detail dialog opened by keyboard", lambda: console.visible("dialog[open] .events"))
    console.shot("viewer-essential")
    console.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    console.wait("Escape to close the dialog", lambda: not console.visible("dialog[open]"))

    # A narrow window: everything readable without scrolling sideways.
    console.driver.set_window_size(420, 900)
    for fragment in ["#/clusters", f"#/c/essential/{a['essentialId']}/networking", f"#/c/dedicated/{a['dedicatedId']}/networking"]:
        console.go(fragment)
        console.find("main table")
        overflow = console.driver.execute_script("""
            const wide = [document.documentElement, ...document.querySelectorAll('.table-wrap, pre, .copyable, .card')]
              .filter((element) => element.scrollWidth - element.clientWidth > 1);
            return wide.map((element) => element.className || element.tagName);
        """)
        if overflow:
            raise Failure(f"{fragment} scrolls sideways in a 420 px window: {overflow}")
    console.shot("narrow-networking")
    console.driver.set_window_size(1280, 960)
    session = console.driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch('/console/session').then(async (r) => done(await r.json()));
    """)
    console.sign_out()
    after = console.driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then((r) => done(r.status));
    """, f"/v1beta1/clusters/{a['essentialId']}/privateLinkConnections")
    if after != 401:
        raise Failure(f"after Sign Out the API answered the browser {after}")
    return {"forged": forged["status"], "formAnswer": form_answer[:300], "viewerRole": session.get("role"), "afterSignOut": after}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=["seed000", "seed004", "seed002", "roles"])
    parser.add_argument("--console", required=True)
    parser.add_argument("--cloud", required=True)
    parser.add_argument("--dns", required=True, type=int)
    parser.add_argument("--shots", required=True)
    parser.add_argument("--args", required=True)
    options = parser.parse_args()
    for url in [options.console, options.cloud]:
        host = urllib.parse.urlparse(url).hostname or ""
        if not host.startswith("127."):
            sys.exit(f"{url} is not on loopback: the console tests reach only 127.0.0.0/8")
    console = Console(options)
    started = time.time()
    try:
        result = globals()[options.scenario](console, json.loads(options.args))
        elsewhere = console.requests_elsewhere()
        if elsewhere:
            raise Failure(f"the console asked for something other than Postern: {elsewhere[:5]}")
        errors = console.console_errors()
        if errors:
            raise Failure(f"the page logged errors: {errors[:5]}")
        result["seconds"] = round(time.time() - started, 1)
        print(json.dumps(result))
    except Exception as error:
        try:
            console.shot(f"failed-{options.scenario}")
        except Exception:
            pass
        try:
            logged = [entry["message"] for entry in console.driver.get_log("browser")][-10:]
        except Exception:
            logged = []
        print(f"{options.scenario} failed at: {console.step}: {error}; the browser logged: {logged}", file=sys.stderr)
        sys.exit(1)
    finally:
        console.quit()


if __name__ == "__main__":
    main()
