"""Reads the .eml files a load run left in the outbox folder and writes "ID CODE" lines for the
confirmation codes, so that bench/load/verify.lua can confirm real requests with real codes."""
import email
import email.policy
import pathlib
import re
import sys

outbox, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
code_re = re.compile(r"Your confirmation code is: (\d{6})")
id_re = re.compile(r"/objections/([0-9a-f-]{36})")
pairs = []
for path in outbox.glob("*.eml"):
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    body = message.get_body().get_content()
    code, ident = code_re.search(body), id_re.search(body)
    if code and ident:
        pairs.append(f"{ident.group(1)} {code.group(1)}")
out.write_text("\n".join(pairs) + "\n")
print(len(pairs))
