#!/usr/bin/env python3
"""A real SMTP server for SyncDesk's alert tests: aiosmtpd, saving every message it
accepts as a file in a folder, optionally with STARTTLS and AUTH.

Prints "PORT <n>" on stdout once it accepts connections, then runs until killed."""

import argparse
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class SaveToFolder:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.folder, "message-%04d.eml" % self.count)
        tmp = name + ".part"
        with open(tmp, "wb") as out:
            out.write(("X-Envelope-From: %s\r\n" % envelope.mail_from).encode())
            out.write(("X-Envelope-To: %s\r\n" % ",".join(envelope.rcpt_tos)).encode())
            out.write(("X-Was-TLS: %s\r\n" % (session.ssl is not None)).encode())
            user = session.auth_data
            if isinstance(user, bytes):
                user = user.decode()
            out.write(("X-Auth-User: %s\r\n" % user).encode())
            out.write(envelope.original_content)
        os.rename(tmp, name)  # whole files only
        return "250 Message accepted"


class OneUser:
    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login == self.user \
                and auth_data.password == self.password:
            return AuthResult(success=True, auth_data=auth_data.login)
        return AuthResult(success=False, handled=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()

    kwargs = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        kwargs.update(tls_context=context, require_starttls=True)
    if args.user:
        kwargs.update(authenticator=OneUser(args.user, args.password or ""),
                      auth_require_tls=bool(args.cert), auth_required=True)

    controller = Controller(SaveToFolder(args.folder), hostname="127.0.0.1",
                            port=args.port or 0, **kwargs)
    if not args.port:
        # Controller needs a concrete port: take a free one from the kernel.
        import socket
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            controller.port = probe.getsockname()[1]
    controller.start()
    print("PORT %d" % controller.port, flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
