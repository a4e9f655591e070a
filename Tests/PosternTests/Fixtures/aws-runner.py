"""awscli's own command driver, kept running: each line on stdin is one `aws` command (its
arguments and environment, as JSON), and each line on stdout its exit status and what it
printed. The driver is awscli's CLIDriver, made anew for every command (so each command reads
its own credentials, endpoint and region); only the interpreter, the imports and the service
models are kept between commands, which is what a fresh `aws` process spends most of its time on."""
import contextlib
import io
import json
import os
import sys

import botocore.loaders
import botocore.session
from awscli.clidriver import CLIDriver, EnvironmentVariables, _set_user_agent_for_session
from awscli.plugin import load_plugins

# awscli puts its own data (the CLI's options) on AWS_DATA_PATH when it is imported.
DATA_PATH = os.environ.get("AWS_DATA_PATH", "")
LOADER = botocore.loaders.create_loader(DATA_PATH)


def driver():
    session = botocore.session.Session(EnvironmentVariables)
    session.register_component("data_loader", LOADER)
    _set_user_agent_for_session(session)
    load_plugins(session.full_config.get("plugins", {}), event_hooks=session.get_component("event_emitter"))
    return CLIDriver(session=session)


def run(request):
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(request["env"])
    os.environ["AWS_DATA_PATH"] = DATA_PATH
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = driver().main(request["argv"])
            except SystemExit as exit:
                status = exit.code if isinstance(exit.code, int) else 1
    except Exception as error:  # the driver's own failure, reported like one of its errors
        err.write("\n%s: %s\n" % (type(error).__name__, error))
        status = 255
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return {"status": status or 0, "stdout": out.getvalue(), "stderr": err.getvalue()}


for line in sys.stdin:
    sys.__stdout__.write(json.dumps(run(json.loads(line))) + "\n")
    sys.__stdout__.flush()
