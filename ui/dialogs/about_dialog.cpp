#include "ui/dialogs/about_dialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

#include "protocol/dlms/security/openssl_version.h"

namespace omt::ui {

AboutDialog::AboutDialog(const QString& dataDirectory, QWidget* parent)
    : QDialog(parent), m_title(new QLabel(this)), m_details(new QLabel(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About OpenMeterTool"));
    const QString version = QCoreApplication::applicationVersion();
    m_title->setText(version.isEmpty() ? tr("OpenMeterTool") : tr("OpenMeterTool %1").arg(version));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("aboutTitle"));

    const QStringList lines = {
        tr("Configures and reads DLMS/COSEM electricity meters (Kamstrup OMNIPOWER CT and "
           "OMNIA) through an optical head."),
        QString(),
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("OpenSSL: %1").arg(QString::fromStdString(dlms::security::openSslVersion())),
        tr("Licence: see the licence file distributed with OpenMeterTool."),
        tr("Backups and the audit log: %1")
            .arg(dataDirectory.isEmpty() ? tr("not set") : dataDirectory),
    };
    m_details->setObjectName(QStringLiteral("aboutDetails"));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_details, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::text() const {
    return m_title->text() + QLatin1Char('\n') + m_details->text();
}

}  // namespace omt::ui
