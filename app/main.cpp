#include "MainWindow.h"
#include "core/ApplicationInfo.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(ApplicationInfo::name());
    QApplication::setOrganizationName(ApplicationInfo::organisation());
    QApplication::setApplicationVersion(ApplicationInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Console for vault-backed authenticated vulnerability scanning."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
