// The OMNIA HAN port: DSMR 5.0.2 P1 telegrams built from the virtual meter's own registers.
#include <QRegularExpression>
#include <QTest>

#include "sim/meters/p1_telegram.h"
#include "sim/meters/virtual_meter.h"

using namespace omt;
using namespace omt::sim;

namespace {

std::unique_ptr<VirtualMeter> omnia() {
    VirtualMeterOptions options;
    options.model = MeterModel::Omnia;
    options.clock = [] { return std::chrono::sys_seconds{std::chrono::seconds{1795000000}}; };
    auto meter = VirtualMeter::create(options);
    if (!meter) {
        qFatal("the virtual OMNIA does not start");
    }
    return std::move(*meter);
}

QString telegramOf(VirtualMeter& meter, P1Variant variant) {
    using namespace std::chrono;
    const local_seconds t{sys_days{year{2026} / 11 / 21}.time_since_epoch() + hours{19} +
                          minutes{34} + seconds{5}};
    return QString::fromStdString(
        buildP1Telegram(meter.directory(), variant, t, false, "KAM5OMNIA71234567", "71234567"));
}

}  // namespace

class TstSimP1 : public QObject {
    Q_OBJECT

private slots:
    void crcIsCrc16Arc() {
        QCOMPARE(p1Crc("123456789"), std::uint16_t(0xBB3D));  // the CRC-16/ARC check value
        QCOMPARE(p1Crc(""), std::uint16_t(0));
    }

    void fullTelegramHasHeaderValuesAndValidCrc() {
        auto meter = omnia();
        const QString t = telegramOf(*meter, P1Variant::Full);
        QVERIFY(t.startsWith(QStringLiteral("/KAM5OMNIA71234567\r\n\r\n1-3:0.2.8(50)\r\n")));
        QVERIFY(t.contains(QStringLiteral("0-0:1.0.0(261121193405W)\r\n")));
        // The equipment id is the serial number's characters in hex.
        QVERIFY(t.contains(QStringLiteral("0-0:96.1.1(3731323334353637)\r\n")));
        const QRegularExpression energy(
            QStringLiteral("1-0:1\\.8\\.1\\((\\d{6}\\.\\d{3})\\*kWh\\)\r\n"));
        const auto m = energy.match(t);
        QVERIFY2(m.hasMatch(), qPrintable(t));
        QVERIFY(t.contains(
            QRegularExpression(QStringLiteral("1-0:32\\.7\\.0\\(\\d{3}\\.\\d\\*V\\)\r\n"))));
        QVERIFY(t.contains(
            QRegularExpression(QStringLiteral("1-0:1\\.7\\.0\\(\\d{2}\\.\\d{3}\\*kW\\)\r\n"))));
        // "!" then the CRC over '/'..'!' as four upper-case hex digits, then CR LF.
        const int bang = t.lastIndexOf(QLatin1Char('!'));
        QVERIFY(bang > 0);
        QCOMPARE(t.mid(bang + 5), QStringLiteral("\r\n"));
        const std::string body = t.left(bang + 1).toStdString();
        QCOMPARE(t.mid(bang + 1, 4),
                 QStringLiteral("%1").arg(p1Crc(body), 4, 16, QLatin1Char('0')).toUpper());
    }

    void energyMatchesTheRegister() {
        auto meter = omnia();
        auto* reg = meter->directory().find(cosem::ObisCode{1, 0, 1, 8, 1, 255});
        QVERIFY(reg);
        RequestContext context;
        context.directory = &meter->directory();
        const auto value = reg->get(2, std::nullopt, context);
        QVERIFY(value.hasValue());
        const auto* wh = value->as<std::uint64_t>();
        QVERIFY(wh);
        const QString t = telegramOf(*meter, P1Variant::Full);
        const auto m =
            QRegularExpression(QStringLiteral("1-0:1\\.8\\.1\\(([0-9.]+)\\*kWh\\)")).match(t);
        QVERIFY(m.hasMatch());
        QCOMPARE(qRound64(m.captured(1).toDouble() * 1000), qint64(*wh));
    }

    void liteLeavesOutPowerAndVoltages() {
        auto meter = omnia();
        const QString t = telegramOf(*meter, P1Variant::Lite);
        QVERIFY(t.contains(QStringLiteral("1-0:1.8.1(")));
        QVERIFY(!t.contains(QStringLiteral("1-0:32.7.0(")));
        QVERIFY(!t.contains(QStringLiteral("1-0:1.7.0(")));
    }
};

QTEST_GUILESS_MAIN(TstSimP1)
#include "tst_sim_p1.moc"
