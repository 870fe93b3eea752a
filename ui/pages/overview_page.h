#pragma once
// Overview page: who the meter is (serial number, decoded type number, firmware), its clock
// (the local time the meter shows, with its UTC offset) against this computer's (drift,
// "Synchronise clock"), the active alarms and tamper state, the periods of its load profiles
// (one drop-down per load profile the meter has, of the periods its device profile offers; a
// choice is a pending edit), the instantaneous values per phase (L1 L2 L3) and the energy
// registers as last read.

#include <QWidget>
#include <algorithm>
#include <array>

#include "protocol/cosem/obis.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace omt::ui {

class MeterDocument;

class OverviewPage : public QWidget {
    Q_OBJECT

public:
    /// Rows of the per-phase table, in order.
    enum PhaseRow {
        VoltageRow,
        CurrentRow,
        ActivePowerRow,
        ReactivePowerRow,
        PowerFactorRow,
        ThdVoltageRow,
        ThdCurrentRow,
        TotalPowerRow,
        FrequencyRow,
        PhaseRowCount
    };

    explicit OverviewPage(MeterDocument* document, QWidget* parent = nullptr);

    /// Whether a meter is connected and no operation runs: "Synchronise clock" is enabled only
    /// when connected and idle, and when the association may set the clock
    /// (MeterSnapshot::clockSettable; the tooltip says why not).
    void setConnectionState(bool connected, bool busy);

    /// The OBIS code of a per-phase value (phase 0..2); total power and frequency have one code
    /// for every phase. Example: phaseObis(VoltageRow, 1) is 1.0.52.7.0.255.
    static cosem::ObisCode phaseObis(PhaseRow row, int phase);

    QLabel* identityLabel() const { return m_identity; }
    QTreeWidget* typeTree() const { return m_type; }
    QTreeWidget* readingsTree() const { return m_readings; }
    QLabel* clockLabel() const { return m_clock; }
    QPushButton* syncButton() const { return m_sync; }
    QLabel* alarmsLabel() const { return m_alarms; }
    QTableWidget* phaseTable() const { return m_phases; }
    /// The period drop-down of load profile `profile` (1 or 2); hidden when the meter has no
    /// such load profile.
    QComboBox* loadProfilePeriodChooser(int profile) const {
        return m_periods[std::size_t(std::clamp(profile, 1, 2) - 1)];
    }
    QGroupBox* loadProfilesBox() const { return m_profilesBox; }

signals:
    /// The person asked to set the meter's clock to this computer's time.
    void syncClockRequested();

private:
    void refresh();
    void refreshClock();
    void refreshAlarms();
    void refreshPhases();
    void refreshLoadProfiles();
    void updateSync();

    MeterDocument* m_document;
    QLabel* m_identity;
    QTreeWidget* m_type;
    QLabel* m_clock;
    QPushButton* m_sync;
    QLabel* m_alarms;
    QTableWidget* m_phases;
    QTreeWidget* m_readings;
    QGroupBox* m_profilesBox;
    std::array<QLabel*, 2> m_periodLabels{};
    std::array<QComboBox*, 2> m_periods{};
    bool m_refreshing = false;
    bool m_connected = false;
    bool m_busy = false;
};

}  // namespace omt::ui
