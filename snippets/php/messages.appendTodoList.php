<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Updates = $MadelineProto->messages->appendTodoList([
    'peer' => '@durov',
    'msg_id' => 142,
    'list' => [
        [
            '_' => 'todoItem',
            'id' => 142,
            'title' => [
                '_' => 'textWithEntities',
                'text' => 'Hello there!',
                'entities' => [
                    [
                        '_' => 'messageEntityMention',
                        'offset' => 0,
                        'length' => 5,
                    ],
                ],
            ],
        ],
    ],
]);
