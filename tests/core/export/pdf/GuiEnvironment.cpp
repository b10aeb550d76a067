// SPDX-License-Identifier: GPL-3.0-or-later
// The QGuiApplication a front end would own, for every test of this program: the PDF writer needs its fonts.
#include <gtest/gtest.h>

#include <QGuiApplication>
#include <memory>

namespace {

class GuiApplication : public ::testing::Environment
{
public:
    void SetUp() override
    {
        static int argc = 1;
        static char name[] = "test_export_pdf";
        static char* argv[] = { name, nullptr };
        m_application = std::make_unique<QGuiApplication>(argc, argv);
    }
    void TearDown() override { m_application.reset(); }

private:
    std::unique_ptr<QGuiApplication> m_application;
};

[[maybe_unused]] const auto* const kApplication = ::testing::AddGlobalTestEnvironment(new GuiApplication);

} // namespace
