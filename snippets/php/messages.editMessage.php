<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Updates = $MadelineProto->messages->editMessage(
    peer: '@durov',
    id: 142,
    message: "it's \"50%\" off \\ \$HOME \${x} {\$y} ?> <?php ]] ]==] */ /* `tick` 😀\nline2\ttab",
);
