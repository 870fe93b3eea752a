// The key file: how keys reach the tool without being typed on a command line.
#include <QTest>

#include "protocol/dlms/security/key_file.h"

using namespace omt::dlms::security;

class TestKeyFile : public QObject {
    Q_OBJECT
private slots:
    void readsKeysWithCommentsAndAnyCase() {
        const auto keys = parseKeyFile(
            "# keys for meter 57360117\r\n"
            "\n"
            "EK = 000102030405060708090A0B0C0D0E0F   # global unicast key\n"
            "ak=d0d1d2d3d4d5d6d7d8d9dadbdcdddedf\n");
        QVERIFY(keys.hasValue());
        QVERIFY(keys->globalEk == *Key128::fromHex("000102030405060708090A0B0C0D0E0F"));
        QVERIFY(keys->ak == *Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"));
        QVERIFY(!keys->dedicated.has_value());
    }

    void readsTheOptionalDedicatedKey() {
        const auto keys = parseKeyFile(
            "EK=000102030405060708090A0B0C0D0E0F\nAK=D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n"
            "DK=00112233445566778899AABBCCDDEEFF\n");
        QVERIFY(keys.hasValue());
        QVERIFY(keys->dedicated.has_value());
        QVERIFY(*keys->dedicated == *Key128::fromHex("00112233445566778899AABBCCDDEEFF"));
    }

    void readsTheOptionalMasterKey() {
        const std::string text =
            "EK=000102030405060708090A0B0C0D0E0F\nAK=D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n"
            "kek = 202122232425262728292A2B2C2D2E2F\n";
        const auto file = parseKeyFileWithKek(text);
        QVERIFY(file.hasValue());
        QVERIFY(file->kek.has_value());
        QVERIFY(*file->kek == *Key128::fromHex("202122232425262728292A2B2C2D2E2F"));
        QVERIFY(file->keys.ak == *Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"));
        // parseKeyFile takes the same file (the KEK is for key transfer, not the session).
        QVERIFY(parseKeyFile(text).hasValue());
        QVERIFY(!parseKeyFileWithKek(text.substr(0, 72)).value().kek.has_value());
        QCOMPARE(parseKeyFileWithKek(text + "KEK=202122232425262728292A2B2C2D2E2F\n").error().code,
                 KeyFileError::Duplicate);
    }

    void rejectsBadFilesWithoutShowingKeys_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("line");
        const QString ek = "EK=000102030405060708090A0B0C0D0E0F\n";
        const QString ak = "AK=D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n";
        QTest::newRow("no AK") << ek << static_cast<int>(KeyFileError::MissingKey) << 0;
        QTest::newRow("empty") << "" << static_cast<int>(KeyFileError::MissingKey) << 0;
        QTest::newRow("short key") << ek + "AK=D0D1D2D3D4D5D6D7D8D9DADBDCDDDE\n"
                                   << static_cast<int>(KeyFileError::BadKey) << 2;
        QTest::newRow("not hex") << "EK=000102030405060708090A0B0C0D0EZZ\n" + ak
                                 << static_cast<int>(KeyFileError::BadKey) << 1;
        QTest::newRow("twice") << ek + ak + ek << static_cast<int>(KeyFileError::Duplicate) << 3;
        QTest::newRow("unknown") << "MK=000102030405060708090A0B0C0D0E0F\n"
                                 << static_cast<int>(KeyFileError::UnknownName) << 1;
        QTest::newRow("no equals") << ek + "AK D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n"
                                   << static_cast<int>(KeyFileError::BadLine) << 2;
    }
    void rejectsBadFilesWithoutShowingKeys() {
        QFETCH(QString, text);
        QFETCH(int, error);
        QFETCH(int, line);
        const auto keys = parseKeyFile(text.toStdString());
        QVERIFY(!keys.hasValue());
        QCOMPARE(static_cast<int>(keys.error().code), error);
        QCOMPARE(keys.error().offset, static_cast<std::size_t>(line));
        QVERIFY(keys.error().detail.find("D0D1") == std::string::npos);
        QVERIFY(keys.error().detail.find("0001") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_key_file.moc"
