"""A bare PySide6 window, frozen by the same spec as the app (dist/bare-window/): the floor the installed app's
start-up is measured against (packaging/measure.py, tests/packaging/test_bundle.py).

Started the same way as the app: with ASSESSOR_QUIT_WHEN_SHOWN=1 it quits as soon as its window has been shown (the
offscreen measurement is then the process's wall time); without it, it stays until stopped (on X11 the window is
polled until it is mapped). The window has the size of the app's main window.
"""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 820)
    window.show()
    if os.environ.get("ASSESSOR_QUIT_WHEN_SHOWN"):
        QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
