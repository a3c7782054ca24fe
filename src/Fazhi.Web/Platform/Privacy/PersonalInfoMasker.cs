using System.Text.RegularExpressions;

namespace Fazhi.Platform.Privacy;

/// <summary>
/// Masks natural persons' personal information in texts before they reach the portal: penalty decisions (事后公示,
/// 国办发〔2018〕118号 (六)) and the public's opinions in consultation feedback (个人信息保护法 第28条 sensitive
/// personal information). Shared by every module that publishes what people wrote. Legal persons stay visible with their
/// 统一社会信用代码, which is public by law (GB 32100-2015). Masking errs on the side of hiding: a run of digits that could
/// be an ID or phone number is masked even if its check digit is wrong.
/// </summary>
internal static partial class PersonalInfoMasker
{
    /// <summary>Masks every personal identifier the text contains; <paramref name="knownNames"/> are names of natural persons in the case.</summary>
    public static string Mask(string text, IEnumerable<string>? knownNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text;
        // Credit codes first: protect them so the digit patterns below do not touch them.
        var protectedCodes = new List<string>();
        result = CreditCodePattern().Replace(result, m =>
        {
            if (!IsValidCreditCode(m.Value))
            {
                return m.Value;
            }

            protectedCodes.Add(m.Value);
            return $"\u0001{protectedCodes.Count - 1}\u0001";
        });

        result = IdNumberPattern().Replace(result, m => MaskIdNumber(m.Value));
        result = MobilePattern().Replace(result, m => m.Value[..3] + "****" + m.Value[^4..]);
        result = LandlinePattern().Replace(result, m => m.Groups["area"].Value + "-****" + m.Groups["tail"].Value);
        result = AddressPattern().Replace(result, m => m.Groups["keep"].Value + "***");

        foreach (var name in (knownNames ?? []).Where(n => n.Length >= 2).OrderByDescending(n => n.Length))
        {
            result = result.Replace(name, MaskName(name), StringComparison.Ordinal);
        }

        result = NameInWordingPattern().Replace(result, m => LooksLikeName(m) ? m.Groups["lead"].Value + MaskName(m.Groups["name"].Value) : m.Value);

        for (var i = 0; i < protectedCodes.Count; i++)
        {
            result = result.Replace($"\u0001{i}\u0001", protectedCodes[i], StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>张三 → 张某; 欧阳小明 → 欧阳某某 (compound surnames keep two characters).</summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = name.Trim();
        if (name.Length == 0 || name.Contains('某', StringComparison.Ordinal))
        {
            return name;
        }

        var surnameLength = name.Length >= 3 && CompoundSurnames.Contains(name[..2]) ? 2 : 1;
        var rest = name.Length - surnameLength;
        return name[..surnameLength] + new string('某', Math.Max(1, Math.Min(rest, 2)));
    }

    /// <summary>Keeps region (first 6) and last 4 characters: 4408…1234 → 440882********1234.</summary>
    public static string MaskIdNumber(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length <= 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];
    }

    /// <summary>GB 11643-1999 check digit of an 18-digit citizen ID number.</summary>
    public static bool IsValidIdNumber(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 18)
        {
            return false;
        }

        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const string checks = "10X98765432";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }

            sum += (id[i] - '0') * weights[i];
        }

        return char.ToUpperInvariant(id[17]) == checks[sum % 11];
    }

    /// <summary>GB 32100-2015 check character of an 18-character unified social credit code.</summary>
    public static bool IsValidCreditCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        if (code.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return code[17] == alphabet[check];
    }

    /// <summary>Builds a valid credit code from its first 17 characters (used by demo data and tests).</summary>
    public static string CompleteCreditCode(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(first17[i], StringComparison.Ordinal) * weights[i];
        }

        return first17 + alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Builds a valid ID number from its first 17 digits (used by demo data and tests).</summary>
    public static string CompleteIdNumber(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const string checks = "10X98765432";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return first17 + checks[sum % 11];
    }

    /// <summary>True when the text still contains something that looks like a personal identifier (used to guard the portal).</summary>
    public static bool ContainsUnmaskedIdentifier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutCodes = CreditCodePattern().Replace(text, m => IsValidCreditCode(m.Value) ? "" : m.Value);
        return IdNumberPattern().IsMatch(withoutCodes) || MobilePattern().IsMatch(withoutCodes);
    }

    /// <summary>
    /// After a colon (当事人：) whatever follows is a name. Without one (当事人占道经营，当事人未经许可在…) the words may be the
    /// act itself, so a name must start with a common surname; the party's own name is masked earlier in any case.
    /// </summary>
    private static bool LooksLikeName(Match m)
    {
        var lead = m.Groups["lead"].Value;
        if (lead.Contains('：', StringComparison.Ordinal) || lead.Contains(':', StringComparison.Ordinal))
        {
            return true;
        }

        var name = m.Groups["name"].Value;
        return CommonSurnames.Contains(name[0]) || (name.Length >= 3 && CompoundSurnames.Contains(name[..2]));
    }

    // Common single-character surnames, less those that are also everyday words after 当事人 (于, 由, 向, 和, 时, 来).
    private const string CommonSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭";

    private static readonly HashSet<string> CompoundSurnames =
        ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫"];

    // 18 characters, digits and upper-case letters except I, O, S, V, Z, with at least one letter or a valid check.
    [GeneratedRegex(@"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")]
    private static partial Regex CreditCodePattern();

    // 18-digit citizen ID (last may be X) and the old 15-digit form; not part of a longer number.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"(?<!\d)(?<area>0\d{2,3})-(?<body>\d{3,4})(?<tail>\d{4})(?!\d)")]
    private static partial Regex LandlinePattern();

    // A residential address after a label or verb (住址/住所/家住/现住/户籍地/居住于): keep up to the village or street, hide the rest.
    [GeneratedRegex(@"(?<keep>(?:住址|住所|家庭住址|家住|现住|现住址|户籍地|户籍所在地|居住地|居住于)[:：为在]?\s*[^\s，,。；;、]*?(?:村|社区|街道|镇|乡|路|街))(?<hidden>[^，,。；;\s]+)")]
    private static partial Regex AddressPattern();

    // Names in the usual decision wording: 当事人：张三 / 当事人张三 / 被处罚人 / 违法行为人 / 法定代表人 (the last is public
    // for companies but is a natural person's name, so it is masked too).
    [GeneratedRegex(@"(?<lead>(?:(?:当事人|被处罚人|违法行为人)[:：]?|(?:行为人|申请人|被申请人|负责人|经营者|户主|业主|法定代表人)[:：])\s*)(?<name>[\u4e00-\u9fa5]{2,4}?)(?=[，,。；;（(、\s]|男|女|于|在|系|因|户|身份|住|$)")]
    private static partial Regex NameInWordingPattern();
}
