using Fazhi.Platform.ErrorHandling;

namespace Fazhi.UnitTests.Platform.ErrorHandling;

public sealed class ProblemTitleTests
{
    [Theory]
    [InlineData(400, "One or more validation errors occurred.", "提交的内容有误")]
    [InlineData(400, "Bad Request", "提交的内容有误")]
    [InlineData(404, null, "记录不存在")]
    [InlineData(409, "Conflict", "操作不符合规定")]
    [InlineData(413, "Payload Too Large", "提交的内容过大")]
    [InlineData(415, "Unsupported Media Type", "不支持的内容类型")]
    [InlineData(429, "Too Many Requests", "请求过于频繁，请稍后再试")]
    [InlineData(500, "An error occurred while processing your request.", "服务器内部错误")]
    public void ChineseTitle_ForTheFrameworksEnglishTitle_IsTheChineseNameOfTheStatus(int status, string? title, string expected) =>
        ErrorHandlingModule.ChineseTitle(status, title).ShouldBe(expected);

    [Fact]
    public void ChineseTitle_WhenWeWroteOneInChinese_KeepsIt() =>
        ErrorHandlingModule.ChineseTitle(409, "记录已被他人修改").ShouldBe("记录已被他人修改");
}
