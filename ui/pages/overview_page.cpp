#include "ui/pages/overview_page.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "meter/type_number.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/unit.h"
#include "ui/meter_document.h"

namespace omt::ui {

namespace {

/// mantissa x 10^scaler as exact decimal text.
QString scaled(std::int64_t mantissa, int scaler) {
    if (scaler >= 0) {
        QString text = QString::number(mantissa);
        if (mantissa != 0) {
            text += QString(scaler, QLatin1Char('0'));
        }
        return text;
    }
    const bool negative = mantissa < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(mantissa) : quint64(mantissa);
    QString digits = QString::number(magnitude);
    const int places = -scaler;
    while (digits.size() <= places) {
        digits.prepend(QLatin1Char('0'));
    }
    digits.insert(digits.size() - places, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

}  // namespace

OverviewPage::OverviewPage(MeterDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_identity(new QLabel(this)),
      m_type(new QTreeWidget(this)),
      m_readings(new QTreeWidget(this)) {
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setWordWrap(true);
    m_type->setObjectName(QStringLiteral("typeNumber"));
    m_type->setHeaderLabels({tr("Position"), tr("Code"), tr("Meaning")});
    m_type->setRootIsDecorated(false);
    m_readings->setObjectName(QStringLiteral("readings"));
    m_readings->setHeaderLabels({tr("Reading"), tr("OBIS"), tr("Value"), tr("Unit")});
    m_readings->setRootIsDecorated(false);
    m_readings->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* identityBox = new QGroupBox(tr("Meter"), this);
    auto* identityLayout = new QVBoxLayout(identityBox);
    identityLayout->addWidget(m_identity);
    identityLayout->addWidget(m_type);
    auto* readingsBox = new QGroupBox(tr("Readings"), this);
    auto* readingsLayout = new QVBoxLayout(readingsBox);
    readingsLayout->addWidget(m_readings);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(identityBox, 1);
    layout->addWidget(readingsBox, 1);
    connect(document, &MeterDocument::changed, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::refresh() {
    const auto& m = m_document->meterState();
    m_type->clear();
    m_readings->clear();
    if (!m_document->isLoaded()) {
        m_identity->setText(tr("Not connected. Choose a meter above and press Connect."));
        return;
    }
    const QString model =
        m.type == meter::MeterType::OmnipowerCt ? tr("OMNIPOWER CT") : tr("OMNIA e-meter");
    QStringList lines{tr("<b>%1</b>, serial number %2").arg(model, m.serialNumber.toHtmlEscaped())};
    if (!m.firmware.isEmpty()) {
        lines << tr("Firmware %1").arg(m.firmware.toHtmlEscaped());
    }
    if (!m.typeNumber.isEmpty()) {
        lines << tr("Type number %1").arg(m.typeNumber.toHtmlEscaped());
        auto decoded = meter::TypeNumber::decode(m.typeNumber.toStdString());
        if (decoded) {
            for (const auto& p : decoded->positions()) {
                m_type->addTopLevelItem(new QTreeWidgetItem({QString::fromStdString(p.label),
                                                             QString::fromStdString(p.code),
                                                             QString::fromStdString(p.meaning)}));
            }
        } else {
            lines << tr("The type number does not decode: %1")
                         .arg(QString::fromStdString(decoded.error().detail).toHtmlEscaped());
        }
    }
    m_identity->setText(lines.join(QStringLiteral("<br>")));
    for (const auto& [code, reading] : m.readings) {
        const QString name = QString::fromStdString(cosem::obisName(code));
        const auto sym = cosem::unitSymbol(reading.unit);
        const QString unit = QString::fromUtf8(sym.data(), qsizetype(sym.size()));
        m_readings->addTopLevelItem(
            new QTreeWidgetItem({name, QString::fromStdString(code.toString()),
                                 scaled(reading.mantissa, reading.scaler), unit}));
    }
}

}  // namespace omt::ui
