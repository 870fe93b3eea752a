#include "ui/pages/config_codes_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/meter_document.h"
#include "ui/models/zcode_model.h"

namespace omt::ui {

namespace {

/// Drop-down of the allowed codes; editable where the field takes order-form values.
class CodeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override {
        auto* combo = new QComboBox(parent);
        combo->addItems(index.data(ZCodeModel::AllowedCodesRole).toStringList());
        combo->setEditable(index.data(ZCodeModel::FreeEntryRole).toBool());
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        const QString code = index.data(Qt::EditRole).toString();
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).section(QStringLiteral(" - "), 0, 0) == code) {
                combo->setCurrentIndex(i);
                return;
            }
        }
        if (combo->isEditable()) {
            combo->setEditText(code);
        }
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        model->setData(index, combo->currentText(), Qt::EditRole);
    }
};

}  // namespace

ConfigCodesPage::ConfigCodesPage(MeterDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_model(new ZCodeModel(document, this)),
      m_table(new QTableView(this)),
      m_string(new QLineEdit(this)),
      m_meterString(new QLabel(this)),
      m_problems(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_codes(new QWidget(this)),
      m_placeholder(new QLabel(this)) {
    m_table->setObjectName(QStringLiteral("zCodeTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ZCodeModel::CodeColumn, new CodeDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ZCodeModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ZCodeModel::MeaningColumn,
                                                      QHeaderView::Stretch);
    // A long meaning wraps onto more lines rather than being cut (issue 12).
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_string->setObjectName(QStringLiteral("configurationString"));
    m_string->setFont(QFont(QStringLiteral("monospace")));
    m_string->setToolTip(tr("The full configuration string; paste one to set every field."));
    m_meterString->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meterString->setFont(QFont(QStringLiteral("monospace")));
    m_problems->setObjectName(QStringLiteral("configurationProblems"));
    m_problems->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Configuration:"), m_string);
    form->addRow(tr("In meter:"), m_meterString);

    auto* codes = new QVBoxLayout(m_codes);
    codes->setContentsMargins(0, 0, 0, 0);
    codes->addWidget(m_table, 1);
    codes->addLayout(form);
    codes->addWidget(m_problems);

    m_placeholder->setObjectName(QStringLiteral("configurationPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_codes);
    m_stack->addWidget(m_placeholder);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_string, &QLineEdit::editingFinished, this, &ConfigCodesPage::applyString);
    connect(document, &MeterDocument::changed, this, &ConfigCodesPage::refresh);
    refresh();
}

void ConfigCodesPage::applyString() {
    const QString text = m_string->text().trimmed();
    const auto& current = m_document->pending().configuration;
    if (!current || text == QString::fromStdString(current->format())) {
        return;
    }
    auto parsed = meter::SoftwareConfiguration::parse(text.toStdString());
    if (!parsed) {
        QString why;
        switch (parsed.error().code) {
            case meter::ConfigError::Empty:
                why = tr("The configuration string is empty.");
                break;
            case meter::ConfigError::NotDigit:
                why = tr("Only digits and '-' are allowed (position %1).")
                          .arg(parsed.error().offset + 1);
                break;
            case meter::ConfigError::WrongLength:
                why = tr("A configuration has 56 digits; this one has %1.")
                          .arg(text.count(QRegularExpression(QStringLiteral("[0-9]"))));
                break;
            case meter::ConfigError::WrongFieldCount:
                why = tr("A configuration has 28 fields separated by '-'.");
                break;
            case meter::ConfigError::WrongFieldWidth:
                why = tr("A field has the wrong number of digits (%1).")
                          .arg(QString::fromStdString(parsed.error().detail));
                break;
        }
        m_document->refuse(why);
        m_problems->setText(why);
        return;
    }
    m_document->setConfiguration(*parsed);
    refresh();
}

bool ConfigCodesPage::showsCodes() const {
    return m_stack->currentWidget() == m_codes;
}

void ConfigCodesPage::refresh() {
    // Codes that were not read are not shown: all zeros would look like a broken meter.
    if (!m_document->isLoaded()) {
        m_placeholder->setText(tr("Connect to a meter to see its configuration codes."));
        m_stack->setCurrentWidget(m_placeholder);
    } else if (!m_document->meterState().configurationReadable) {
        m_placeholder->setText(
            tr("The configuration codes cannot be read with the public association. Connect as "
               "reader or installer."));
        m_stack->setCurrentWidget(m_placeholder);
    } else if (!m_document->meterState().configuration) {
        m_placeholder->setText(tr("This meter has no configuration codes."));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_codes);
    }
    const auto& pending = m_document->pending();
    const auto& meterCodes = m_document->meterState().configuration;
    m_string->setText(pending.configuration
                          ? QString::fromStdString(pending.configuration->format())
                          : QString());
    m_meterString->setText(meterCodes ? QString::fromStdString(meterCodes->format()) : QString());
    m_string->setEnabled(m_document->isLoaded() && pending.configuration.has_value());
    const auto violations = pending.configuration ? pending.configuration->validate(
                                                        pending.variant, pending.orderFormCodes)
                                                  : std::vector<meter::ConfigViolation>{};
    if (!m_document->isLoaded() || !pending.configuration) {
        m_problems->setText(tr("Connect to a meter to see its configuration."));
    } else if (violations.empty()) {
        m_problems->setText(
            tr("The configuration is valid for variant %1.").arg(int(pending.variant)));
    } else {
        QStringList lines;
        for (const auto& v : violations) {
            lines << describeViolation(v, pending.variant);
        }
        m_problems->setText(lines.join(QLatin1Char(' ')));
    }
}

}  // namespace omt::ui
