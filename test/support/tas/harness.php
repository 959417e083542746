<?php declare(strict_types=1);
/**
 * TelegramApiServer's request handling, written again for the tests (its real server needs Composer
 * packages this machine cannot reach), in front of a recording stub of MadelineProto v8.
 *
 *   php harness.php INPUT.json  →  one JSON outcome per request, in order
 *
 * INPUT: {"types": {"methods": {…}, "constructors": {…}}, "requests": [{"method", "target", "contentType", "body"}]}
 * with the body in base64 and contentType null when the request had none. What is emulated, from
 * xtrime-ru/TelegramApiServer (src/Server/Router.php, src/Controllers/AbstractApiController.php,
 * src/Controllers/ApiController.php) and amphp/http-server-router (Router::handleRequest):
 *  - the routes /api/{method}[/] and /api/{session:.*?[^/]}/{method}[/], GET and POST only,
 *    matched in that order against the rawurldecoded path;
 *  - resolveRequest: the query string through parse_str; the body json_decoded (assoc, flags
 *    JSON_THROW_ON_ERROR only) when Content-Type is exactly application/json, through parse_str
 *    when it is anything but a form (forms are not emulated: the snippets never send one); a
 *    top-level `data` array merged into the parameters; {"_": LocalFile|RemoteUrl|BotApiFieldId|
 *    BotApiFileId, …} turned into those objects at any depth; `request` set to the HTTP request;
 *  - callApiCommon for a TL method ns.method: $MadelineProto->ns->method(...$params).
 * The stub records what MadelineProto's TL serializer would read (src/TL/TL.php): it applies the
 * serializer's three rules that change a value, by the parameter's TL type given in INPUT types:
 * `bytes` decodes {"_":"bytes","bytes":base64}; `int128`/`int256` base64-decode a string of any
 * other length than 16/32 bytes; `DataJSON` becomes ['_' => 'dataJSON', 'data' => json_encode(value)].
 * Strings are recorded hex-encoded ({"__hex"}), files as {"__file"}, as the shared PHP stub does.
 */

final class TasLocalFile implements JsonSerializable
{
    public function __construct(public readonly string $file) {}
    public function jsonSerialize(): mixed { return ['__file' => $this->file]; }
}
final class TasRemoteUrl implements JsonSerializable
{
    public function __construct(public readonly string $url) {}
    public function jsonSerialize(): mixed { return ['__url' => $this->url]; }
}
final class TasBotApiFileId implements JsonSerializable
{
    public function __construct(public readonly string $fileId, public readonly int $size, public readonly string $fileName, public readonly bool $protected)
    {
        if ($size <= 0) throw new AssertionError('The specified size must be >= 0!');
    }
    public function jsonSerialize(): mixed { return ['__botApiFileId' => $this->fileId]; }
}
/** The Amp\Http\Server\Request that TelegramApiServer puts into the parameters as `request`. */
final class TasHttpRequest implements JsonSerializable
{
    public function jsonSerialize(): mixed { return ['__request' => true]; }
}
final class TasHttpError extends Exception {}
final class TasNotEmulated extends Exception {}

const TAS_ROUTES = [
    '~^/api/(?<method>[^/]+)$~',
    '~^/api/(?<method>[^/]+)/$~',
    '~^/api/(?<session>.*?[^/])/(?<method>[^/]+)$~',
    '~^/api/(?<session>.*?[^/])/(?<method>[^/]+)/$~',
];

/** [session or null, method, query] of a request target, or a TasHttpError (404, 405). */
function tas_route(string $httpMethod, string $target): array
{
    $q = strpos($target, '?');
    $path = rawurldecode($q === false ? $target : substr($target, 0, $q));
    $query = $q === false ? '' : substr($target, $q + 1);
    foreach (TAS_ROUTES as $re) {
        if (preg_match($re, $path, $m)) {
            if ($httpMethod !== 'GET' && $httpMethod !== 'POST') throw new TasHttpError("405 $httpMethod $path");
            return [($m['session'] ?? '') === '' ? null : $m['session'], $m['method'], $query];
        }
    }
    throw new TasHttpError("404 Path not found: $path");
}

function tas_resolve_request(string $query, string $contentType, string $body): array
{
    parse_str($query, $params);
    switch (true) {
        case $contentType === 'application/x-www-form-urlencoded':
        case str_contains($contentType, 'multipart/form-data'):
            throw new TasNotEmulated("a form body ($contentType)");
        case $contentType === 'application/json':
            $params += (array) json_decode($body, true, flags: JSON_THROW_ON_ERROR);
            break;
        default:
            parse_str($body, $post);
            $params += $post;
    }
    if (isset($params['data']) && is_array($params['data'])) {
        $params += $params['data'];
        unset($params['data']);
    }
    $params = tas_media_objects($params);
    if (isset($params['parseMode'])) throw new TasNotEmulated('parseMode');
    $params['request'] = new TasHttpRequest();
    return $params;
}

function tas_media_objects(mixed $input): mixed
{
    if (!is_array($input)) return $input;
    foreach ($input as $k => $v) $input[$k] = tas_media_objects($v);
    if (array_key_exists('_', $input)) {
        $types = ['LocalFile' => TasLocalFile::class, 'RemoteUrl' => TasRemoteUrl::class, 'BotApiFieldId' => TasBotApiFileId::class, 'BotApiFileId' => TasBotApiFileId::class];
        if (!empty($input['_']) && array_key_exists($input['_'], $types)) {
            $class = $types[$input['_']];
            unset($input['_']);
            return new $class(...$input);
        }
    }
    return $input;
}

function tas_call_api(object $madeline, string $method, array $params): void
{
    $api = explode('.', $method);
    if (count($api) === 1) throw new TasNotEmulated("/api/$method: one of TelegramApiServer's or MadelineProto's own PHP methods, not a TL method");
    // TelegramApiServer uses mb_strtolower: the same for ASCII, and php-mbstring may be absent here.
    if (strtolower($api[0]) === 'api') throw new TasNotEmulated("/api/$method: MadelineProto's internal API");
    if (count($api) !== 2) throw new UnexpectedValueException('Incorrect method format');
    $madeline->{$api[0]}->{$api[1]}(...$params);
}

/** $MadelineProto and its namespaces: a call records the method and the arguments as the serializer reads them. */
final class TasMadeline
{
    public function __construct(private string $ns) {}
    public function __get(string $name): self { return new self($name); }
    public function __call(string $name, array $arguments): array
    {
        // Namespace\AbstractAPI::__call: named arguments are the array itself.
        if (isset($arguments[0])) throw new InvalidArgumentException('Parameter names must be provided!');
        $method = "$this->ns.$name";
        $GLOBALS['tas_calls'][] = ['method' => $method, 'args' => tas_record(tas_serialize($arguments, $GLOBALS['tas_types']['methods'][$method] ?? []))];
        return [];
    }
}

/** Applies the serializer's rules to the fields of a method or constructor ($rules: name → [type, vector depth]). */
function tas_serialize(array $fields, array $rules): array
{
    foreach ($fields as $k => $v) {
        $fields[$k] = is_string($k) && isset($rules[$k]) ? tas_rule($v, $rules[$k][0], $rules[$k][1]) : tas_nested($v);
    }
    return $fields;
}

function tas_nested(mixed $v): mixed
{
    if (!is_array($v)) return $v;
    if (isset($v['_']) && is_string($v['_'])) return tas_serialize($v, $GLOBALS['tas_types']['constructors'][$v['_']] ?? []);
    foreach ($v as $k => $x) $v[$k] = tas_nested($x);
    return $v;
}

function tas_rule(mixed $v, string $type, int $depth): mixed
{
    if ($depth > 0) {
        if (!is_array($v)) return $v;
        foreach ($v as $k => $x) $v[$k] = tas_rule($x, $type, $depth - 1);
        return $v;
    }
    switch ($type) {
        case 'bytes': // TL.php, serializeObject case 'bytes'
            if (is_array($v) && isset($v['_']) && $v['_'] === 'bytes') $v = base64_decode($v['bytes'], true);
            return $v;
        case 'int128': // case 'int128' / 'int256': strlen() of an array is a TypeError
        case 'int256':
            $n = $type === 'int128' ? 16 : 32;
            if (strlen($v) !== $n) {
                $v = base64_decode($v, true);
                if ($v === false || strlen($v) !== $n) throw new Exception("$type: not $n bytes");
            }
            return $v;
        case 'DataJSON': // serializeParams: DataJSON values are json_encoded
            return ['_' => 'dataJSON', 'data' => json_encode($v)];
    }
    throw new LogicException("unknown rule $type");
}

function tas_record(mixed $v): mixed
{
    if (is_string($v)) return ['__hex' => bin2hex($v)];
    if (is_array($v)) {
        $o = [];
        foreach ($v as $k => $x) $o[$k] = tas_record($x);
        return $o;
    }
    return $v;
}

$input = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);
$GLOBALS['tas_types'] = $input['types'];
$madeline = new TasMadeline('');
$out = [];
foreach ($input['requests'] as $r) {
    $GLOBALS['tas_calls'] = [];
    $route = null;
    $error = null;
    try {
        [$session, $method, $query] = tas_route($r['method'], $r['target']);
        $route = ['session' => $session === null ? null : bin2hex($session), 'method' => bin2hex($method)];
        $params = tas_resolve_request($query, (string) ($r['contentType'] ?? ''), base64_decode($r['body'], true));
        tas_call_api($madeline, $method, $params);
    } catch (Throwable $e) {
        $error = get_class($e) . ': ' . $e->getMessage();
    }
    $out[] = ['route' => $route, 'error' => $error === null ? null : bin2hex($error), 'calls' => $GLOBALS['tas_calls']];
}
echo json_encode($out, JSON_THROW_ON_ERROR);
