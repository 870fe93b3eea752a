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

namespace {}  // namespace

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
        // "30026.241 kWh": the largest metric prefix that keeps an integer part.
        auto text = cosem::formatRegisterValue(dlms::Data::long64(reading.mantissa),
                                               {reading.scaler, reading.unit},
                                               cosem::MetricPrefix::Allowed);
        QString value = text ? QString::fromStdString(*text) : QString();
        QString unit;
        const int space = value.lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            unit = value.mid(space + 1);
            value = value.left(space);
        }
        auto* item =
            new QTreeWidgetItem({name, QString::fromStdString(code.toString()), value, unit});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, name);
        m_readings->addTopLevelItem(item);
    }
}

}  // namespace omt::ui
