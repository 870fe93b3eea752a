#pragma once
// The desktop application's wiring: the main window's requests go to the controller's slots, the
// controller's reports to the window's and the connection bar's slots. The controller never
// calls a widget; this is the one place that knows both sides (main.cpp, the GUI tests and the
// screenshot tool use it, so they run the application as it is).
//
//   ui::MeterDocument document;
//   ui::MainWindow window(&document);
//   gui::MeterController controller(&document, resources, dataDir);
//   gui::wireWindow(window, controller);

namespace omt::ui {
class MainWindow;
}

namespace omt::gui {

class MeterController;

void wireWindow(ui::MainWindow& window, MeterController& controller);

}  // namespace omt::gui
