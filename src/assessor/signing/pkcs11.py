"""Signing with a key on a smart card, USB token or HSM, through the card's PKCS#11 module.

The module is the shared library the card's vendor (or OpenSC) installs (`pkcs11_modules` knows
where on Windows, macOS and Linux). A token is chosen by its label and a key by its
label; the key's certificate is the one on the token with the same ID (or label, or public key),
and every other certificate on the token (the issuing CAs, usually) is embedded with it, as is any
chain given from a file. The PIN is passed to the token and forgotten: never stored or logged.

python-pkcs11 is imported inside the functions, so that the app starts without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from assessor.signing.chain import can_sign
from assessor.signing.errors import SigningProblem
from assessor.signing.identity import CertificateInfo, Signatory, certificate_info

# CK_TOKEN_INFO flags (PKCS#11 2.40 §3.2)
_PROTECTED_AUTHENTICATION_PATH = 0x100
_TOKEN_INITIALIZED = 0x400
_USER_PIN_COUNT_LOW = 0x10000
_USER_PIN_FINAL_TRY = 0x20000
_USER_PIN_LOCKED = 0x40000


def load_module(path: Path | str) -> Any:
    """The loaded module (python-pkcs11 ``lib``); `SigningProblem` naming the file when it cannot be."""
    path = Path(path)
    if not path.is_file():
        raise SigningProblem(
            f"{path}: no PKCS#11 module there; install your card's software (e.g. OpenSC) or give the module's path"
        )
    try:
        import pkcs11
    except ImportError:  # pragma: no cover - a dependency of the app
        raise SigningProblem("signing with a card or token needs python-pkcs11, which is not installed") from None
    try:
        return pkcs11.lib(str(path))
    except (pkcs11.PKCS11Error, OSError) as exc:
        raise SigningProblem(f"{path}: cannot be loaded as a PKCS#11 module ({_one_line(exc)})") from None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


# -- what the tokens hold -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenCertificate:
    label: str
    key_id: str  # CKA_ID in hex: pairs a certificate with its private key
    info: CertificateInfo
    can_sign: bool  # its key usage allows document signatures (or it has no key usage extension)
    is_ca: bool


@dataclass(frozen=True)
class TokenInfo:
    label: str
    manufacturer: str
    model: str
    serial: str
    pin_state: str  # "", "few tries left", "one try left", "locked"
    certificates: tuple[TokenCertificate, ...]
    keys: tuple[str, ...] | None  # private key labels; None when not logged in (no PIN given)


def pin_state(flags: int) -> str:
    """What the token says about its PIN counter, in words ("" when it says nothing)."""
    if flags & _USER_PIN_LOCKED:
        return "locked"
    if flags & _USER_PIN_FINAL_TRY:
        return "one try left"
    if flags & _USER_PIN_COUNT_LOW:
        return "few tries left"
    return ""


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return cert.issuer == cert.subject


def _certificates(session: Any) -> list[tuple[str, bytes, x509.Certificate]]:
    """(label, ID, certificate) of each X.509 certificate on the token.

    A search is read to its end before anything else is asked of the token: PKCS#11 allows one at a time.
    """
    from pkcs11 import Attribute, ObjectClass

    out = []
    for obj in list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})):
        try:
            cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except ValueError:
            continue  # not an X.509 certificate assessor can read
        out.append((_attr(obj, Attribute.LABEL, ""), _attr(obj, Attribute.ID, b""), cert))
    return out


def _attr(obj: Any, attribute: Any, default: Any) -> Any:
    try:
        value = obj[attribute]
    except Exception:  # a token may refuse any attribute; python-pkcs11 raises several kinds
        return default
    return default if value is None else value


def _token_certificates(session: Any) -> tuple[TokenCertificate, ...]:
    return tuple(
        TokenCertificate(label, key_id.hex(), certificate_info(cert), can_sign(cert), _is_ca(cert))
        for label, key_id, cert in _certificates(session)
    )


def _tokens(lib: Any) -> Iterator[Any]:
    from pkcs11 import PKCS11Error

    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except PKCS11Error:
            continue  # an unreadable token
        if int(token.flags) & _TOKEN_INITIALIZED:
            yield token  # not an empty slot of a software token


def list_tokens(module: Path | str, pin: str | None = None, token_label: str | None = None) -> list[TokenInfo]:
    """The tokens the module sees (or the one labelled ``token_label``), with their certificates.

    Given the PIN, it logs in (to one token: give its label when there are several) and lists the private keys.
    """
    from pkcs11 import Attribute, ObjectClass, PKCS11Error

    lib = load_module(module)
    tokens = list(_tokens(lib)) if token_label is None else [_find_token(lib, module, token_label)]
    if pin is not None and len(tokens) > 1:
        raise SigningProblem(f"{module}: {len(tokens)} tokens are present; say which one the PIN is for (its label)")
    out = []
    for token in tokens:
        keys: tuple[str, ...] | None = None
        try:
            if pin is not None:
                _end_previous(module, token.label)
            with _login(token, pin, lib) if pin is not None else token.open() as session:
                certificates = _token_certificates(session)
                if pin is not None:
                    found = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
                    keys = tuple(sorted(_attr(k, Attribute.LABEL, "") for k in found))
        except PKCS11Error as exc:
            raise SigningProblem(f"token {token.label!r}: cannot be read ({_one_line(exc)})") from None
        out.append(
            TokenInfo(
                label=token.label,
                manufacturer=token.manufacturer_id,
                model=token.model,
                serial=_serial(token),
                pin_state=pin_state(_fresh_flags(lib, token.label)),  # as it stands after any login
                certificates=certificates,
                keys=keys,
            )
        )
    return out


def _serial(token: Any) -> str:
    serial = token.serial
    return serial.decode("ascii", "replace").strip() if isinstance(serial, bytes) else str(serial)


# -- opening a key --------------------------------------------------------------------------------------


def _fresh_flags(lib: Any, label: str) -> int:
    for token in _tokens(lib):
        if token.label == label:
            return int(token.flags)
    return 0


def _login(token: Any, pin: str | None, lib: Any = None) -> Any:
    """A session logged in with the PIN (None: the token's own PIN pad); one-line problems otherwise."""
    import pkcs11
    from pkcs11 import exceptions as p11e

    where = f"token {token.label!r}"
    if pin is None and not int(token.flags) & _PROTECTED_AUTHENTICATION_PATH:
        raise SigningProblem(f"{where}: a PIN is needed")
    if int(token.flags) & _USER_PIN_LOCKED:
        raise SigningProblem(f"{where}: {_LOCKED}")
    try:
        return token.open(user_pin=pkcs11.PROTECTED_AUTH if pin is None else pin)
    except p11e.PinIncorrect:
        left = pin_state(_fresh_flags(lib, token.label)) if lib is not None else ""
        if left == "locked":
            raise SigningProblem(f"{where}: wrong PIN; {_LOCKED}") from None
        raise SigningProblem(f"{where}: wrong PIN" + (f" ({left} before the token locks)" if left else "")) from None
    except p11e.PinLocked:
        raise SigningProblem(f"{where}: {_LOCKED}") from None
    except (p11e.PinLenRange, p11e.PinInvalid):
        raise SigningProblem(f"{where}: wrong PIN (not a PIN this token accepts: wrong length or characters)") from None
    except p11e.PinExpired:
        raise SigningProblem(f"{where}: the PIN has expired; change it with your card's software first") from None
    except pkcs11.PKCS11Error as exc:
        raise SigningProblem(f"{where}: cannot log in ({_one_line(exc)})") from None


# The key opened last on each token (module|label): PKCS#11 logs a whole application in or out of a token, so
# a key opened again (the app signing twice, a script calling the CLI in one process) ends the last session.
_OPEN: dict[str, TokenKey] = {}


def _end_previous(module: Path | str, token_label: str) -> str:
    """Close the key last opened on this token, if still open; the key's place in `_OPEN`."""
    where = f"{Path(module).resolve()}|{token_label}"
    previous = _OPEN.get(where)
    if previous is not None:
        previous.close()
    return where


_LOCKED = "the token is locked after too many wrong PINs; unblock it with its PUK or ask whoever issued it"


def has_pin_pad(module: Path | str, token_label: str) -> bool:
    """Whether the PIN is typed on the reader's own keypad (PKCS#11's protected authentication path)."""
    token = _find_token(load_module(module), module, token_label)
    return bool(int(token.flags) & _PROTECTED_AUTHENTICATION_PATH)


def _find_token(lib: Any, module: Path | str, label: str) -> Any:
    tokens = list(_tokens(lib))
    for token in tokens:
        if token.label == label:
            return token
    present = ", ".join(repr(t.label) for t in tokens) or "none"
    raise SigningProblem(f"{module}: no token labelled {label!r} (tokens present: {present})")


def _find_key(session: Any, token: str, label: str) -> Any:
    """The private key labelled ``label``, or else the one whose certificate has that label (paired by ID)."""
    from pkcs11 import Attribute, ObjectClass

    found = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.LABEL: label}))
    if not found:
        for cert_label, key_id, _ in _certificates(session):
            if cert_label == label and key_id:
                found = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.ID: key_id}))
                break
    if not found:
        others = sorted(
            _attr(k, Attribute.LABEL, "") for k in list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
        )
        listed = ", ".join(repr(o) for o in others) or "none"
        raise SigningProblem(f"token {token!r}: no private key labelled {label!r} (keys: {listed})")
    if len(found) > 1:
        raise SigningProblem(f"token {token!r}: {len(found)} private keys are labelled {label!r}; cannot choose")
    return found[0]


def _public_numbers(key: Any) -> Any:
    return key.public_key().public_numbers()


def _key_certificate(
    key: Any, certs: list[tuple[str, bytes, x509.Certificate]], token: str, label: str
) -> x509.Certificate:
    """The key's certificate: same ID, else same label, else the one whose public key matches."""
    from pkcs11 import Attribute

    key_id = _attr(key, Attribute.ID, b"")
    by_id = [c for _, cid, c in certs if key_id and cid == key_id and not _is_ca(c)]
    by_label = [c for clabel, _, c in certs if clabel == label and not _is_ca(c)]
    chosen = by_id or by_label
    if not chosen:
        modulus = _attr(key, Attribute.MODULUS, None)
        if modulus is not None:
            value = int.from_bytes(bytes(modulus), "big")
            chosen = [c for _, _, c in certs if getattr(_public_numbers(c), "n", None) == value]
    if not chosen:
        raise SigningProblem(
            f"token {token!r}: the key {label!r} has no certificate on the token; "
            "import the certificate issued for it (same ID or label)"
        )
    return chosen[0]


def check_signing_certificate(cert: x509.Certificate, now: dt.datetime | None = None) -> None:
    """`SigningProblem` when the certificate cannot make a document signature: key usage, dates."""
    info = certificate_info(cert)
    who = info.signatory.name
    if not can_sign(cert):
        raise SigningProblem(
            f"the certificate of {who} is not for signing: its key usage allows neither digital signature "
            "nor non-repudiation"
        )
    now = now or dt.datetime.now(dt.UTC)
    if now > info.not_after:
        raise SigningProblem(f"the certificate of {who} expired on {info.not_after:%Y-%m-%d}")
    if now < info.not_before:
        raise SigningProblem(f"the certificate of {who} is not valid before {info.not_before:%Y-%m-%d}")


def _as_asn1(cert: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class TokenKey:
    """A private key on a token, logged in, with its certificate and chain: what `sign` needs.

    Use as a context manager (or call `close`): closing ends the session, which logs out.
    """

    def __init__(
        self,
        session: Any,
        key: Any,
        certificate: x509.Certificate,
        chain: Iterable[x509.Certificate],
        where: str = "",
        token_label: str = "",
    ):
        self._where = where
        self.token_label = token_label
        self._session = session
        self._key = key
        self.certificate = certificate
        self.chain = tuple(c for c in chain if c != certificate)

    @property
    def info(self) -> CertificateInfo:
        return certificate_info(self.certificate)

    @property
    def signatory(self) -> Signatory:
        return self.info.signatory

    def pyhanko_signer(self) -> Any:
        """pyHanko's PKCS#11 signer for this key; a token that fails while signing raises `SigningProblem`."""
        from pkcs11 import Attribute, Mechanism, PKCS11Error
        from pyhanko.sign.pkcs11 import PKCS11Signer

        where = f"token {self.token_label!r}"

        class TokenSigner(PKCS11Signer):
            async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
                try:
                    signature: bytes = await super().async_sign_raw(data, digest_algorithm, dry_run)
                except PKCS11Error as exc:  # e.g. the card was pulled out
                    raise SigningProblem(f"{where}: the signature could not be made ({_one_line(exc)})") from None
                return signature

        try:
            mechanisms = self._session.token.slot.get_mechanisms()
        except PKCS11Error as exc:
            raise SigningProblem(f"{where}: cannot be used ({_one_line(exc)})") from None
        is_rsa = self._attr_key_type() == "rsa"
        hashed = Mechanism.SHA256_RSA_PKCS if is_rsa else Mechanism.ECDSA_SHA256
        key_id = _attr(self._key, Attribute.ID, b"") or None
        signer = TokenSigner(
            self._session,
            signing_cert=_as_asn1(self.certificate),
            ca_chain=[_as_asn1(c) for c in self.chain],
            key_label=None if key_id else _attr(self._key, Attribute.LABEL, None),
            key_id=key_id,
            use_raw_mechanism=hashed not in mechanisms,
            other_certs_to_pull=(),
        )
        try:
            _ = signer.signing_cert  # finds the key handle now: a problem is said before signing starts
        except PKCS11Error as exc:
            raise SigningProblem(f"{where}: the key cannot be used to sign ({_one_line(exc)})") from None
        return signer

    def _attr_key_type(self) -> str:
        from pkcs11 import Attribute, KeyType

        return "rsa" if _attr(self._key, Attribute.KEY_TYPE, None) == KeyType.RSA else "ec"

    def close(self) -> None:
        if _OPEN.get(self._where) is self:
            del _OPEN[self._where]
        self._session.close()

    def __enter__(self) -> TokenKey:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_token_key(
    module: Path | str,
    token_label: str,
    key_label: str,
    pin: str | None,
    *,
    chain: Iterable[x509.Certificate] = (),
    now: dt.datetime | None = None,
) -> TokenKey:
    """Log in to the token and find the key and its certificate; `SigningProblem` saying what is wrong.

    ``pin`` None uses the token's PIN pad (when it has one). ``chain``: issuing certificates to embed
    besides those on the token.
    """
    from pkcs11 import PKCS11Error

    lib = load_module(module)
    token = _find_token(lib, module, token_label)
    where = _end_previous(module, token_label)
    session = _login(token, pin, lib)
    try:
        key = _find_key(session, token_label, key_label)
        certs = list(_certificates(session))
        cert = _key_certificate(key, certs, token_label, key_label)
        check_signing_certificate(cert, now)
        on_token = [c for _, _, c in certs if _is_ca(c)]
        chain = [*on_token, *[c for c in chain if c not in on_token]]
        opened = TokenKey(session, key, cert, chain, where, token_label)
        _OPEN[where] = opened
        return opened
    except PKCS11Error as exc:
        session.close()
        raise SigningProblem(f"token {token_label!r}: {_one_line(exc)}") from None
    except BaseException:
        session.close()
        raise
