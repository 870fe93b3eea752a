#pragma once
// Load control page: per relay the mode (on-demand, calendar, follow-tariff), the state to set
// on demand, the daily schedule of calendar mode (a table of switch times, each switching on or
// off, edited in its cells and with its "Add time" / "Remove time" buttons) and the tariffs of
// follow-tariff mode; for an OMNIA with a breaker the supply control switch state and "Cut the
// customer's supply…" / "Restore the customer's supply…", behind a confirmation. Edits are pending
// in the document until "Write to meter"; LoadControlPlan::validate's problems are shown at the
// relay they concern.
//
//   LoadControlPage page(&document);
//   page.modeChooser(1)->setCurrentIndex(int(meter::RelayMode::Calendar));
//   page.addScheduleButton(1)->click();                  // relay 1: on at 06:00
//   page.setScheduleEntry(1, 0, {6, 30, true});          // row 0: on at 06:30 instead
//   page.scheduleTable(1)->item(0, 0)->setText("07:00");  // as typed into the cell

#include <QWidget>
#include <array>
#include <functional>

#include "meter/load_control_plan.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace omt::ui {

class MeterDocument;

class LoadControlPage : public QWidget {
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    explicit LoadControlPage(MeterDocument* document, QWidget* parent = nullptr);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// The widgets of relay `n` (1..kMaxRelays).
    QGroupBox* relayBox(int n) const { return m_relays[std::size_t(n - 1)].box; }
    QComboBox* modeChooser(int n) const { return m_relays[std::size_t(n - 1)].mode; }
    QCheckBox* stateBox(int n) const { return m_relays[std::size_t(n - 1)].state; }
    /// The schedule of relay `n` as a table: time (hh:mm, editable), on/off (checkable).
    QTableWidget* scheduleTable(int n) const { return m_relays[std::size_t(n - 1)].table; }
    /// "Add time" (a switch an hour after the last, the opposite way) and "Remove time" (the
    /// table's current row) of relay `n`.
    QPushButton* addScheduleButton(int n) const { return m_relays[std::size_t(n - 1)].addEntry; }
    QPushButton* removeScheduleButton(int n) const {
        return m_relays[std::size_t(n - 1)].removeEntry;
    }
    QCheckBox* tariffBox(int n, int tariff) const {
        return m_relays[std::size_t(n - 1)].tariffs[std::size_t(tariff - 1)];
    }
    QLabel* relayProblems(int n) const { return m_relays[std::size_t(n - 1)].problems; }
    QGroupBox* supplyBox() const { return m_supplyBox; }
    QLabel* supplyStateLabel() const { return m_supplyState; }
    QPushButton* supplyButton() const { return m_supplyButton; }

    /// Asks for the confirmation, then makes cutting (or restoring) the customer's supply a
    /// pending edit. False when not confirmed or the meter has no breaker.
    bool requestSupplyToggle();

    /// Schedule edits of relay `n` in calendar mode; the entries are kept in time order. False
    /// when refused (no such relay or row, the relay is not in calendar mode).
    bool addScheduleEntry(int n);
    bool setScheduleEntry(int n, int row, const meter::RelaySwitch& entry);
    bool removeScheduleEntry(int n, int row);

    /// The switches as "06:00 on, 22:00 off" (as the undo text names them).
    static QString scheduleText(const std::vector<meter::RelaySwitch>& schedule);

private:
    struct RelayWidgets {
        QGroupBox* box = nullptr;
        QComboBox* mode = nullptr;
        QCheckBox* state = nullptr;
        QTableWidget* table = nullptr;
        QPushButton* addEntry = nullptr;
        QPushButton* removeEntry = nullptr;
        std::array<QCheckBox*, meter::kMaxTariff> tariffs{};
        QLabel* problems = nullptr;
    };

    void refresh();
    void edit(int n);
    void onTableEdited(int n, int row, int column);
    bool commitSchedule(int n, std::vector<meter::RelaySwitch> schedule);

    MeterDocument* m_document;
    Confirm m_confirm;
    std::array<RelayWidgets, meter::kMaxRelays> m_relays;
    QGroupBox* m_supplyBox;
    QLabel* m_supplyState;
    QPushButton* m_supplyButton;
    bool m_refreshing = false;
};

/// "connected", "disconnected", "ready for reconnection" in the UI language.
QString supplyStateText(cosem::ControlState state);
/// "on demand", "calendar", "follow tariff" in the UI language.
QString relayModeText(meter::RelayMode mode);

}  // namespace omt::ui
