#include "window_wiring.h"

#include "meter_controller.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"

namespace omt::gui {

void wireWindow(ui::MainWindow& window, MeterController& controller) {
    using ui::MainWindow;
    auto* bar = window.connectionBar();
    // Requests. Disconnect comes through the window, which asks first about edits not written.
    QObject::connect(bar, &ui::ConnectionBar::connectRequested, &controller,
                     &MeterController::connectTo);
    QObject::connect(bar, &ui::ConnectionBar::cancelRequested, &controller,
                     &MeterController::cancel);
    QObject::connect(&window, &MainWindow::disconnectRequested, &controller,
                     &MeterController::disconnectMeter);
    QObject::connect(&window, &MainWindow::readRequested, &controller, &MeterController::readAll);
    QObject::connect(&window, &MainWindow::writeRequested, &controller,
                     &MeterController::writePending);
    QObject::connect(&window, &MainWindow::syncClockRequested, &controller,
                     &MeterController::syncClock);
    QObject::connect(&window, &MainWindow::cancelRequested, &controller, &MeterController::cancel);
    QObject::connect(&window, &MainWindow::retryRequested, &controller, &MeterController::retry);
    QObject::connect(&window, &MainWindow::restoreBackupRequested, &controller,
                     &MeterController::restoreBackup);
    QObject::connect(&window, &MainWindow::dismissInterruptedRequested, &controller,
                     &MeterController::dismissInterrupted);
    QObject::connect(&window, &MainWindow::applyTemplateRequested, &controller,
                     &MeterController::applyTemplate);
    QObject::connect(&window, &MainWindow::saveTemplateRequested, &controller,
                     &MeterController::saveTemplate);
    // Reports.
    QObject::connect(&controller, &MeterController::stageChanged, bar,
                     &ui::ConnectionBar::setStage);
    QObject::connect(&controller, &MeterController::busyChanged, bar, &ui::ConnectionBar::setBusy);
    QObject::connect(&controller, &MeterController::connectedChanged, bar,
                     &ui::ConnectionBar::setConnected);
    QObject::connect(&controller, &MeterController::choiceUsed, bar, &ui::ConnectionBar::setChoice);
    QObject::connect(&controller, &MeterController::message, &window, &MainWindow::showMessage);
    QObject::connect(&controller, &MeterController::problem, &window, &MainWindow::showProblem);
    QObject::connect(&controller, &MeterController::problemCleared, &window,
                     &MainWindow::clearProblem);
    QObject::connect(&controller, &MeterController::writeReported, &window,
                     &MainWindow::showWriteReport);
    QObject::connect(&controller, &MeterController::interruptedWrites, &window,
                     &MainWindow::showInterruptedWrites);
    QObject::connect(&controller, &MeterController::progressed, &window, &MainWindow::showProgress);
    QObject::connect(&controller, &MeterController::progressFinished, &window,
                     &MainWindow::hideProgress);
    QObject::connect(&controller, &MeterController::traced, &window, &MainWindow::addTraceRecord);
    controller.setWarningConfirmation(
        [&window](const QStringList& warnings) { return window.confirmWarnings(warnings); });
    window.setDataDirectory(controller.dataDir());
    // Who writes, for the audit log: the operator name from the settings, else the account's.
    controller.setOperatorName(window.operatorName());
    QObject::connect(&window, &MainWindow::operatorNameChanged, &controller,
                     &MeterController::setOperatorName);
}

}  // namespace omt::gui
