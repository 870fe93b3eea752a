#!/usr/bin/env python3
"""Independent computation of the DLMS security suite 0 vectors used in tst_security.cpp.

AES block encryptions come from the openssl command line (aes-128-ecb); counter mode and GHASH
are done here in plain Python, so the result does not depend on the EVP GCM code under test.
It reproduces the published Green Book glo-initiate-request bytes and NIST GCM test case 4
before printing the glo-get-request / ded- / general- vectors. Not run by CTest.
"""
import subprocess


def aes_block(key: bytes, block: bytes) -> bytes:
    return subprocess.run(["openssl", "enc", "-aes-128-ecb", "-nopad", "-K", key.hex()],
                          input=block, capture_output=True, check=True).stdout


def gf_mul(x: int, y: int) -> int:
    r = 0xE1 << 120
    z, v = 0, y
    for i in range(127, -1, -1):
        if (x >> i) & 1:
            z ^= v
        v = (v >> 1) ^ r if v & 1 else v >> 1
    return z


def ghash(h: int, a: bytes, c: bytes) -> int:
    def blocks(d: bytes):
        d = d + b"\0" * (-len(d) % 16)
        return [int.from_bytes(d[i:i + 16], "big") for i in range(0, len(d), 16)]
    y = 0
    for b in blocks(a) + blocks(c) + [(len(a) * 8 << 64) | (len(c) * 8)]:
        y = gf_mul(y ^ b, h)
    return y


def gcm(key: bytes, iv: bytes, aad: bytes, plain: bytes):
    h = int.from_bytes(aes_block(key, b"\0" * 16), "big")
    c = bytearray()
    for i in range(0, len(plain), 16):
        ks = aes_block(key, iv + (2 + i // 16).to_bytes(4, "big"))
        c += bytes(x ^ y for x, y in zip(plain[i:i + 16], ks))
    s = ghash(h, aad, bytes(c)) ^ int.from_bytes(aes_block(key, iv + b"\0\0\0\1"), "big")
    return bytes(c), s.to_bytes(16, "big")


EK = bytes.fromhex("000102030405060708090A0B0C0D0E0F")
AK = bytes.fromhex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF")
DK = bytes.fromhex("F0E1D2C3B4A5968778695A4B3C2D1E0F")
ST = bytes.fromhex("4D4D4D0000BC614E")


def secure(sc: int, ic: int, plain: bytes, key: bytes) -> bytes:
    icb = ic.to_bytes(4, "big")
    iv = ST + icb
    if sc == 0x10:
        _, t = gcm(key, iv, bytes([sc]) + AK + plain, b"")
        return bytes([sc]) + icb + plain + t[:12]
    if sc == 0x20:
        c, _ = gcm(key, iv, b"", plain)
        return bytes([sc]) + icb + c
    c, t = gcm(key, iv, bytes([sc]) + AK, plain)
    return bytes([sc]) + icb + c + t[:12]


def main() -> None:
    init = bytes.fromhex("01011000112233445566778899AABBCCDDEEFF0000065F1F0400007E1F04B0")
    assert secure(0x30, 0x01234567, init, EK).hex().upper() == (
        "3001234567801302FF8A7874133D414CED25B42534D28DB0047720606B175BD52211BE68"
        "41DB204D39EE6FDB8E356855")
    _, t = gcm(bytes.fromhex("feffe9928665731c6d6a8f9467308308"),
               bytes.fromhex("cafebabefacedbaddecaf888"),
               bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2"),
               bytes.fromhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                             "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"))
    assert t.hex() == "5bc94fbc3221a5db94fae95ae7121a47"

    get = bytes.fromhex("C001C100080000010000FF0200")
    for sc in (0x10, 0x20, 0x30):
        print(f"glo-get-request SC {sc:02X} IC 01234567:", secure(sc, 0x01234567, get, EK).hex().upper())
    print("ded-get-request SC 30 IC 6:", secure(0x30, 6, get, DK).hex().upper())
    print("general-glo SC 30 IC 5:", secure(0x30, 5, get, EK).hex().upper())
    print("general-ded SC 10 IC 7:", secure(0x10, 7, get, DK).hex().upper())


if __name__ == "__main__":
    main()
