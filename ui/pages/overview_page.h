#pragma once
// Overview page: who the meter is (serial number, decoded type number, firmware), its clock
// (the local time the meter shows, with its UTC offset) against this computer's (drift,
// "Synchronise clock"), the active alarms and tamper state, the instantaneous values per phase
// (L1 L2 L3) and the energy registers as last read.

#include <QWidget>
#include <array>

#include "protocol/cosem/obis.h"

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

signals:
    /// The person asked to set the meter's clock to this computer's time.
    void syncClockRequested();

private:
    void refresh();
    void refreshClock();
    void refreshAlarms();
    void refreshPhases();
    void updateSync();

    MeterDocument* m_document;
    QLabel* m_identity;
    QTreeWidget* m_type;
    QLabel* m_clock;
    QPushButton* m_sync;
    QLabel* m_alarms;
    QTableWidget* m_phases;
    QTreeWidget* m_readings;
    bool m_connected = false;
    bool m_busy = false;
};

}  // namespace omt::ui
