#pragma once
// Help > About OpenMeterTool: the version (QCoreApplication::applicationVersion), the Qt it runs
// with and was built with, the OpenSSL library it runs with, the licence, and where backups and
// the audit log go: what a bug report needs.
//
//   AboutDialog about(dataDir, window);
//   about.exec();

#include <QDialog>

class QLabel;

namespace omt::ui {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(const QString& dataDirectory, QWidget* parent = nullptr);

    /// Every line shown, as plain text (for a bug report, and tests).
    QString text() const;
    QLabel* detailsLabel() const { return m_details; }

private:
    QLabel* m_title;
    QLabel* m_details;
};

}  // namespace omt::ui
